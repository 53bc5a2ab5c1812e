import { randomBytes } from 'node:crypto';
import {
  bundleTopics,
  isServiceErrorReply,
  toKafkaHeaders,
  type GetBundleInternalReply,
  type GetBundleInternalRequest,
} from '@compliance/contracts';
import { DomainError, NotFoundError, type CommandMetadata } from '@compliance/event-sourcing';
import { createKafka, ensureTopics } from '@compliance/messaging';
import { ClientKafka } from '@nestjs/microservices';
import { logLevel } from 'kafkajs';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import type { BundleDirectory } from './bundles.port';

export interface BundlesClientOptions {
  brokers: string[];
  namespace: string;
  /** One attempt; a timed-out read is sent again (default 5 s, 3 attempts). */
  attemptTimeoutMs?: number;
  attempts?: number;
}

/**
 * `bundles.get-bundle-internal` over NestJS ClientKafka, the way the gateway asks services (ADR 0006): each instance
 * reads the reply topic in its own consumer group, so no rebalance elsewhere takes its replies. A read is repeatable, so
 * a timed-out attempt is sent again; silence becomes DEPENDENCY_UNAVAILABLE (nothing was written).
 */
export class BundlesClient implements BundleDirectory {
  private readonly topics;
  private readonly client: ClientKafka;
  private readonly instanceId = randomBytes(4).toString('hex');
  private connecting: Promise<void> | null = null;

  constructor(private readonly options: BundlesClientOptions) {
    this.topics = bundleTopics(options.namespace);
    this.client = new ClientKafka({
      client: {
        clientId: `number-assignment-bundles-${this.instanceId}`,
        brokers: options.brokers,
        logLevel: logLevel.NOTHING,
      },
      consumer: {
        groupId: `${options.namespace}number-assignment-bundles-${this.instanceId}`,
        heartbeatInterval: 500,
        sessionTimeout: 10_000,
      },
      producer: { allowAutoTopicCreation: false },
      postfixId: '',
    });
    this.client.subscribeToResponseOf(this.topics.patterns.getBundleInternal);
  }

  async connect(): Promise<void> {
    this.connecting ??= (async () => {
      const kafka = createKafka({
        clientId: `number-assignment-admin-${this.instanceId}`,
        brokers: this.options.brokers,
        logLevel: logLevel.NOTHING,
      });
      await ensureTopics(kafka, [
        ...this.topics.requestTopics.map((topic) => ({ topic, numPartitions: 3 })),
        ...this.topics.replyTopics.map((topic) => ({ topic, numPartitions: 1 })),
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

  async getBundle(
    accountId: string,
    bundleId: string,
    metadata?: CommandMetadata,
  ): Promise<GetBundleInternalReply> {
    try {
      await this.connect();
    } catch {
      throw unavailable('bundle-lifecycle cannot be reached (Kafka unavailable)');
    }
    const request: GetBundleInternalRequest = { accountId, bundleId };
    const headers = toKafkaHeaders({
      requestId: metadata?.causationId ?? randomBytes(8).toString('hex'),
      correlationId: metadata?.correlationId ?? randomBytes(8).toString('hex'),
      actor: metadata?.actor ?? 'number-assignment',
      accountId,
    });
    const attempts = this.options.attempts ?? 3;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const reply = await firstValueFrom(
          this.client
            .send<unknown>(this.topics.patterns.getBundleInternal, { key: bundleId, value: request, headers })
            .pipe(timeout(this.options.attemptTimeoutMs ?? 5000)),
        );
        if (isServiceErrorReply(reply)) {
          if (reply.error.code === 'NOT_FOUND') throw new NotFoundError('bundle', bundleId);
          throw unavailable(`bundle-lifecycle answered ${reply.error.code}: ${reply.error.detail}`);
        }
        return reply as GetBundleInternalReply;
      } catch (error) {
        if (error instanceof DomainError) throw error;
        if (!(error instanceof TimeoutError) || attempt >= attempts) {
          throw unavailable('bundle-lifecycle did not answer in time; nothing was written, retry');
        }
      }
    }
  }
}

function unavailable(message: string): DomainError {
  return new DomainError('DEPENDENCY_UNAVAILABLE', message);
}
