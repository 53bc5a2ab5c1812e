import { randomBytes } from 'node:crypto';
import { isServiceErrorReply, toKafkaHeaders } from '@compliance/contracts';
import { createKafka, ensureTopics } from '@compliance/messaging';
import { ClientKafka } from '@nestjs/microservices';
import { logLevel } from 'kafkajs';
import type { Logger } from 'pino';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import type { GatewayConfig } from '../config/gateway-config';
import { currentRequestContext } from '../context/request-context';
import { ApiProblem } from '../errors/api-problem';

const RETRY_AFTER_SECONDS = '5';

export function dependencyUnavailable(detail: string): ApiProblem {
  return new ApiProblem(503, 'DEPENDENCY_UNAVAILABLE', detail, undefined, {
    'Retry-After': RETRY_AFTER_SECONDS,
  });
}

/** A service's reply: its result, or the ApiProblem its `ServiceErrorReply` stands for. */
export function resultOf<T>(reply: unknown): T {
  if (isServiceErrorReply(reply)) {
    const { status, code, detail, errors, extensions } = reply.error;
    throw new ApiProblem(status, code, detail, errors, {}, extensions ?? {});
  }
  return reply as T;
}

/** The topics of one service, as `accountsTopics()` / `catalogTopics()` of `@compliance/contracts` return them. */
export interface ServiceTopics<P extends string> {
  namespace: string;
  patterns: { readonly [K in P]: string };
  requestTopics: string[];
  replyTopics: string[];
}

export interface RequestReplyOptions {
  /** One attempt of a request-reply; after it the request is sent again (every request must be idempotent). */
  attemptTimeoutMs: number;
  attempts: number;
}

export interface KafkaRequestClientSettings<P extends string, T extends ServiceTopics<P>>
  extends RequestReplyOptions {
  /** The service's name, for logs and 503 details (`accounts`, `catalog`). */
  service: string;
  topics: T;
  config: GatewayConfig;
  logger: Logger;
}

/**
 * Request-reply with one service over Kafka (NestJS ClientKafka), ADR 0006. Each gateway instance joins its own
 * consumer group per service (`<namespace>gateway-<service>-<instance id>`) for the reply topics, so it reads every
 * reply partition by itself and a rebalance elsewhere never moves its replies away. A timed-out attempt is sent again
 * with the same body: every request a service answers must be idempotent (reads, or commands carrying a command id),
 * so a lost reply costs only time. A `ServiceErrorReply` becomes an ApiProblem; no answer at all a 503.
 *
 * The service clients (`AccountsClient`, `CatalogClient`) are injectable subclasses that only name their topics.
 */
export class KafkaRequestClient<P extends string, T extends ServiceTopics<P> = ServiceTopics<P>> {
  readonly topics: T;
  readonly instanceId = randomBytes(4).toString('hex');
  private readonly client: ClientKafka;
  private connecting: Promise<void> | null = null;

  constructor(private readonly settings: KafkaRequestClientSettings<P, T>) {
    const { service, topics, config } = settings;
    this.topics = topics;
    this.client = new ClientKafka({
      client: {
        clientId: `gateway-${service}-${this.instanceId}`,
        brokers: config.kafkaBrokers,
        logLevel: logLevel.NOTHING,
      },
      consumer: {
        groupId: `${topics.namespace}gateway-${service}-${this.instanceId}`,
        heartbeatInterval: 500,
        sessionTimeout: 10_000,
      },
      producer: { allowAutoTopicCreation: false },
      postfixId: '',
    });
    for (const pattern of topics.requestTopics) this.client.subscribeToResponseOf(pattern);
  }

  /** Connects at start so the first request does not wait for the consumer group; Kafka away is not fatal. */
  async onModuleInit(): Promise<void> {
    await this.ensureConnected().catch((error: unknown) => {
      this.settings.logger.warn(
        { err: error },
        `${this.settings.service} client: Kafka not reachable at start; will retry on the next request`,
      );
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }

  /** Sends a request and returns the service's result; error replies become ApiProblems, silence a 503. */
  async send<T>(pattern: P, payload: object, key?: string): Promise<T> {
    const { service, logger, attemptTimeoutMs, attempts } = this.settings;
    try {
      await this.ensureConnected();
    } catch {
      throw dependencyUnavailable(`the ${service} service cannot be reached (Kafka unavailable)`);
    }
    const context = currentRequestContext();
    const headers = toKafkaHeaders({
      requestId: context.requestId,
      correlationId: context.correlationId,
      actor: context.principal?.principalId ?? 'anonymous',
      accountId: context.principal?.accountId ?? null,
    });
    const topic = this.topics.patterns[pattern];
    for (let attempt = 1; ; attempt += 1) {
      try {
        const reply = await firstValueFrom(
          this.client
            .send<unknown>(topic, { key: key ?? null, value: payload, headers })
            .pipe(timeout(attemptTimeoutMs)),
        );
        return resultOf<T>(reply);
      } catch (error) {
        if (error instanceof ApiProblem) throw error;
        const retriable = error instanceof TimeoutError;
        logger.warn({ err: error, service, pattern, attempt }, 'service request failed');
        if (!retriable || attempt >= attempts) {
          throw dependencyUnavailable(
            `the ${service} service did not answer in time; nothing may have been written, retry`,
          );
        }
      }
    }
  }

  private ensureConnected(): Promise<void> {
    this.connecting ??= (async () => {
      const kafka = createKafka({
        clientId: `gateway-admin-${this.instanceId}`,
        brokers: this.settings.config.kafkaBrokers,
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
}
