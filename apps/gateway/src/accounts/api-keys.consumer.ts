import type { RecordedEvent } from '@compliance/event-store';
import { projectionHandles } from '@compliance/event-sourcing';
import { createKafka, IdempotentConsumer, migrateMessaging } from '@compliance/messaging';
import type { Pool, PoolClient } from '@compliance/postgres';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { logLevel } from 'kafkajs';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';
import { PG_POOL } from '../database/pg-pool.provider';
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

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly accounts: AccountsClient,
  ) {}

  async onModuleInit(): Promise<void> {
    await migrateMessaging(this.config.databaseUrl);
    const namespace = this.accounts.topics.namespace;
    this.consumer = new IdempotentConsumer({
      kafka: createKafka({ clientId: `gateway-${this.accounts.instanceId}-api-keys`, brokers: this.config.kafkaBrokers, logLevel: logLevel.NOTHING }),
      groupId: `${namespace}gateway.api-keys`,
      consumerName: 'gateway.api-keys',
      topics: [this.accounts.topics.events],
      pool: this.pool,
      handle: applyToApiKeys,
      consumerConfig: { heartbeatInterval: 500, sessionTimeout: 10_000 },
    });
    await this.consumer.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
  }
}
