import type { RecordedEvent } from '@compliance/event-store';
import { projectionHandles } from '@compliance/event-sourcing';
import { createKafka, ensureTopics, IdempotentConsumer, migrateMessaging } from '@compliance/messaging';
import type { Pool, PoolClient } from '@compliance/postgres';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { logLevel } from 'kafkajs';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';
import { PG_POOL } from '../database/pg-pool.provider';
import { LOGGER } from '../logging/logger.provider';
import { AccountsClient } from './accounts.client';
import { apiKeyProjection, type ApiKeyEvent } from './api-key.projection';
import { findApiKeyRow, saveApiKeyRow } from './api-key.repository';

export async function applyToApiKeys(event: RecordedEvent, client: PoolClient): Promise<void> {
  const candidate = { type: event.type, data: event.data } as ApiKeyEvent;
  if (!projectionHandles(apiKeyProjection, candidate)) return;
  const before = await findApiKeyRow(client, candidate.data.apiKeyId, true);
  const after = apiKeyProjection.evolve(before, candidate);
  if (after !== null && after !== before) await saveApiKeyRow(client, after);
}

/**
 * Keeps `gateway.api_keys` from `accounts.events`. One shared table and ONE consumer group for all gateway
 * instances: keys must be valid on every instance at once and revocations must hit all of them, which a shared
 * row gives for free; a per-instance copy would make a revoked key live on wherever a copy lags.
 */
@Injectable()
export class ApiKeysConsumer implements OnModuleInit, OnApplicationShutdown {
  private consumer: IdempotentConsumer | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly accounts: AccountsClient,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    await migrateMessaging(this.config.databaseUrl);
    await this.start();
  }

  /** Kafka being away at start must not keep the gateway down: retry in the background until it is back. */
  private async start(): Promise<void> {
    const namespace = this.accounts.topics.namespace;
    const kafka = createKafka({
      clientId: `gateway-${this.accounts.instanceId}-api-keys`,
      brokers: this.config.kafkaBrokers,
      logLevel: logLevel.NOTHING,
    });
    const consumer = new IdempotentConsumer({
      kafka,
      groupId: `${namespace}gateway.api-keys`,
      consumerName: 'gateway.api-keys',
      topics: [this.accounts.topics.events],
      pool: this.pool,
      handle: applyToApiKeys,
      consumerConfig: { heartbeatInterval: 500, sessionTimeout: 10_000 },
    });
    try {
      await ensureTopics(kafka, [{ topic: this.accounts.topics.events, numPartitions: 3 }]);
      this.consumer = consumer;
      await consumer.start();
    } catch (error) {
      this.consumer = null;
      await consumer.stop().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn({ err: error }, 'api-keys projection cannot start yet; retrying in 2 s');
      this.retryTimer = setTimeout(() => void this.start(), 2000);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.consumer?.stop();
  }
}
