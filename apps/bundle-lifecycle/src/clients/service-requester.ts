import { randomBytes } from 'node:crypto';
import { isServiceErrorReply, toKafkaHeaders } from '@compliance/contracts';
import { DomainError, type CommandMetadata } from '@compliance/event-sourcing';
import { createKafka, type TopicSpec } from '@compliance/messaging';
import { ensureTopicsRetrying } from '../kafka/ensure-topics-retrying';
import { ClientKafka } from '@nestjs/microservices';
import { logLevel } from 'kafkajs';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';

/** A service's request-reply error, carried back to our caller with its code (NOT_FOUND, VALIDATION_FAILED ...). */
export class UpstreamError extends DomainError {}

export interface ServiceRequesterOptions {
  brokers: string[];
  namespace: string;
  /** Fully namespaced request topics this service calls (replies come on `<topic>.reply`). */
  requestTopics: readonly string[];
  /** Topic settings for topics this requester may create before their owner does (e.g. short retention). */
  topicSpecs?: readonly TopicSpec[];
  attemptTimeoutMs?: number;
  attempts?: number;
}

/**
 * Request-reply from bundle-lifecycle to other services (catalog, identity-assets) over NestJS ClientKafka. Like the
 * gateway's client (ADR 0006), each instance reads replies in its own consumer group, and a silent attempt is sent
 * again: the patterns it calls are reads, or commands carrying a command id.
 */
export class ServiceRequester {
  private readonly client: ClientKafka;
  private readonly instanceId = randomBytes(4).toString('hex');
  private connecting: Promise<void> | null = null;

  constructor(private readonly options: ServiceRequesterOptions) {
    this.client = new ClientKafka({
      client: {
        clientId: `bundles-requester-${this.instanceId}`,
        brokers: options.brokers,
        logLevel: logLevel.NOTHING,
      },
      consumer: {
        groupId: `${options.namespace}bundle-lifecycle-replies-${this.instanceId}`,
        heartbeatInterval: 500,
        sessionTimeout: 10_000,
      },
      producer: { allowAutoTopicCreation: false },
      postfixId: '',
    });
    for (const topic of options.requestTopics) this.client.subscribeToResponseOf(topic);
  }

  async connect(): Promise<void> {
    this.connecting ??= (async () => {
      const kafka = createKafka({
        clientId: `bundles-requester-admin-${this.instanceId}`,
        brokers: this.options.brokers,
        logLevel: logLevel.NOTHING,
      });
      const given = new Map((this.options.topicSpecs ?? []).map((spec) => [spec.topic, spec]));
      await ensureTopicsRetrying(kafka, [
        ...this.options.requestTopics.map((topic) => given.get(topic) ?? { topic, numPartitions: 3 }),
        ...this.options.requestTopics.map(
          (topic) => given.get(`${topic}.reply`) ?? { topic: `${topic}.reply`, numPartitions: 1 },
        ),
      ]);
      await this.client.connect();
    })().catch((error: unknown) => {
      this.connecting = null;
      throw error;
    });
    return this.connecting;
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /** The reply, or an UpstreamError with the service's code; no answer at all is DEPENDENCY_UNAVAILABLE. */
  async send<T>(topic: string, payload: object, metadata: CommandMetadata, key?: string): Promise<T> {
    await this.connect();
    const headers = toKafkaHeaders({
      requestId: metadata.causationId ?? metadata.correlationId,
      correlationId: metadata.correlationId,
      actor: metadata.actor,
      accountId: metadata.accountId,
    });
    const attempts = this.options.attempts ?? 3;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const reply = await firstValueFrom(
          this.client
            .send<unknown>(topic, { key: key ?? null, value: payload, headers })
            .pipe(timeout(this.options.attemptTimeoutMs ?? 5000)),
        );
        if (isServiceErrorReply(reply)) {
          const { code, detail, errors } = reply.error;
          if (code === 'NOT_FOUND' || code === 'VALIDATION_FAILED' || code === 'DEPENDENCY_UNAVAILABLE') {
            throw new UpstreamError(code, detail, {}, errors ?? []);
          }
          throw new Error(`${topic} failed: ${code} ${detail}`);
        }
        return reply as T;
      } catch (error) {
        if (!(error instanceof TimeoutError)) throw error;
        if (attempt >= attempts) {
          throw new DomainError(
            'DEPENDENCY_UNAVAILABLE',
            `${topic} did not answer in time; nothing was written, retry.`,
          );
        }
      }
    }
  }
}
