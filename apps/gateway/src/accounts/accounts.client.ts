import { randomBytes } from 'node:crypto';
import {
  accountsTopics,
  isServiceErrorReply,
  toKafkaHeaders,
  type AccountsPatternName,
  type AccountsTopics,
} from '@compliance/contracts';
import { createKafka, ensureTopics } from '@compliance/messaging';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ClientKafka } from '@nestjs/microservices';
import { logLevel } from 'kafkajs';
import type { Logger } from 'pino';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';
import { currentRequestContext } from '../context/request-context';
import { ApiProblem } from '../errors/api-problem';
import { LOGGER } from '../logging/logger.provider';
import { ACCOUNTS_GATEWAY_OPTIONS, type AccountsGatewayOptions } from './accounts-gateway.options';

const RETRY_AFTER_SECONDS = '5';

export function dependencyUnavailable(detail: string): ApiProblem {
  return new ApiProblem(503, 'DEPENDENCY_UNAVAILABLE', detail, undefined, {
    'Retry-After': RETRY_AFTER_SECONDS,
  });
}

/**
 * Request-reply with the accounts service over Kafka (NestJS ClientKafka). Each gateway instance joins its own
 * consumer group (`gateway-<instance id>`) for the reply topics, so it reads every reply partition by itself and a
 * rebalance elsewhere never moves its replies away. A timed-out attempt is sent again with the same body: every
 * accounts command is idempotent (command id, or revocation of a revoked key), so a lost reply costs only time.
 */
@Injectable()
export class AccountsClient implements OnModuleInit, OnApplicationShutdown {
  readonly topics: AccountsTopics;
  readonly instanceId = randomBytes(4).toString('hex');
  private readonly client: ClientKafka;
  private connecting: Promise<void> | null = null;

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(ACCOUNTS_GATEWAY_OPTIONS) private readonly options: AccountsGatewayOptions,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.topics = accountsTopics(options.namespace);
    this.client = new ClientKafka({
      client: {
        clientId: `gateway-${this.instanceId}`,
        brokers: config.kafkaBrokers,
        logLevel: logLevel.NOTHING,
      },
      consumer: {
        groupId: `${options.namespace}gateway-${this.instanceId}`,
        heartbeatInterval: 500,
        sessionTimeout: 10_000,
      },
      producer: { allowAutoTopicCreation: false },
      postfixId: '',
    });
    for (const pattern of this.topics.requestTopics) this.client.subscribeToResponseOf(pattern);
  }

  async onModuleInit(): Promise<void> {
    await this.ensureConnected().catch((error: unknown) => {
      this.logger.warn(
        { err: error },
        'accounts client: Kafka not reachable at start; will retry on the next request',
      );
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }

  /** Sends a request and returns the service's result; error replies become ApiProblems, silence a 503. */
  async send<T>(pattern: AccountsPatternName, payload: object, key?: string): Promise<T> {
    try {
      await this.ensureConnected();
    } catch {
      throw dependencyUnavailable('the accounts service cannot be reached (Kafka unavailable)');
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
            .pipe(timeout(this.options.attemptTimeoutMs)),
        );
        if (isServiceErrorReply(reply)) {
          const { status, code, detail, errors } = reply.error;
          throw new ApiProblem(status, code, detail, errors);
        }
        return reply as T;
      } catch (error) {
        if (error instanceof ApiProblem) throw error;
        const retriable = error instanceof TimeoutError;
        this.logger.warn({ err: error, pattern, attempt }, 'accounts request failed');
        if (!retriable || attempt >= this.options.attempts) {
          throw dependencyUnavailable(
            'the accounts service did not answer in time; nothing may have been written, retry',
          );
        }
      }
    }
  }

  private ensureConnected(): Promise<void> {
    this.connecting ??= (async () => {
      const kafka = createKafka({
        clientId: `gateway-admin-${this.instanceId}`,
        brokers: this.config.kafkaBrokers,
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
