import { randomBytes } from 'node:crypto';
import { BRAND_CONSUMER_GROUP, brandTopics, type BrandTopics } from '@compliance/contracts';
import { createEventStore, type EventStore } from '@compliance/event-store';
import {
  createEventRelay,
  createKafka,
  ensureTopics,
  IdempotentConsumer,
  kafkaBrokers,
  migrateMessaging,
  type EventRelay,
} from '@compliance/messaging';
import { createPool, ensureDatabase, type Pool } from '@compliance/postgres';
import { serviceKafkaServer, serviceTopicSpecs } from '@compliance/service-kafka';
import type { INestMicroservice, LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { logLevel } from 'kafkajs';
import { SimulatedBrandRegistry } from './adapters/simulated-brand-registry';
import { SimulatedVettingProvider } from './adapters/simulated-vetting-provider';
import { BrandVettingModule } from './brand-vetting.module';
import type { BrandVettingDeps } from './brand-vetting.deps';
import { BRAND_STREAM_CATEGORY } from './brand/brand.stream';
import { VettingCompletionPoller } from './commands/complete-vetting/vetting-completion.poller';
import type { BrandRegistry, ExternalVettingProvider } from './domain/ports';
import { migrateBrandVetting } from './migrate-brand-vetting';
import { applyToBrandReadModels } from './queries/read-model.handler';

/** New topics' metadata can lag behind their creation on a busy broker (UNKNOWN_TOPIC_OR_PARTITION): try again. */
async function withRetries(work: () => Promise<void>, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await work();
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

export interface BrandVettingServiceOptions {
  databaseUrl: string;
  brokers?: readonly string[];
  /** Topic and consumer-group prefix; tests pass a unique one. */
  namespace?: string;
  requestPartitions?: number;
  projectionWaitMs?: number;
  /** The registry (TCR); the deterministic simulator by default. */
  registry?: BrandRegistry;
  /** The external vetting providers; the deterministic simulator by default. */
  provider?: ExternalVettingProvider;
  /** The simulator's time from request to outcome (default 5 s). */
  vettingCompletionDelayMs?: number;
  /** How often PENDING records are checked with the provider (default 1 s). */
  vettingPollIntervalMs?: number;
  logger?: LoggerService | LogLevel[] | false;
}

export interface BrandVettingService {
  readonly topics: BrandTopics;
  readonly store: EventStore;
  readonly pool: Pool;
  readonly relay: EventRelay;
  readonly projection: IdempotentConsumer;
  readonly poller: VettingCompletionPoller;
  stop(): Promise<void>;
}

/**
 * Migrates, creates the topics, and starts the relay (store → `brands.events`), the read-model projection, the
 * vetting-completion poller and the request-reply microservice (consumer group `brand-vetting`).
 */
export async function startBrandVettingService(
  options: BrandVettingServiceOptions,
): Promise<BrandVettingService> {
  const namespace = options.namespace ?? '';
  const topics = brandTopics(namespace);
  const brokers = [...(options.brokers ?? kafkaBrokers())];
  const instanceId = randomBytes(4).toString('hex');

  await ensureDatabase(options.databaseUrl);
  await migrateMessaging(options.databaseUrl);
  await migrateBrandVetting(options.databaseUrl);

  const kafka = createKafka({ clientId: `brand-vetting-${instanceId}`, brokers, logLevel: logLevel.ERROR });
  await withRetries(() => ensureTopics(kafka, serviceTopicSpecs(topics, options.requestPartitions)));

  const pool = createPool(options.databaseUrl, { max: 10 });
  const store = await createEventStore({
    eventStoreConnectionString: process.env.EVENTSTORE_CONNECTION_STRING,
    databaseUrl: options.databaseUrl,
    pool,
  });
  const relay = createEventRelay({
    name: `${namespace}brand-vetting.relay`,
    topic: topics.events,
    streamPrefixes: [`${BRAND_STREAM_CATEGORY}-`],
    store,
    kafka,
    pool,
  });
  const projection = new IdempotentConsumer({
    kafka,
    groupId: `${namespace}brand-vetting.read-model`,
    consumerName: 'brand-vetting.read-model',
    topics: [topics.events],
    pool,
    handle: applyToBrandReadModels,
  });
  const deps: BrandVettingDeps = {
    store,
    pool,
    registry: options.registry ?? new SimulatedBrandRegistry(),
    provider:
      options.provider ??
      new SimulatedVettingProvider({ completionDelayMs: options.vettingCompletionDelayMs ?? 5000 }),
    projectionWaitMs: options.projectionWaitMs ?? 5000,
  };
  const poller = new VettingCompletionPoller(deps, { intervalMs: options.vettingPollIntervalMs ?? 1000 });

  let app: INestMicroservice | null = null;
  const stop = async (): Promise<void> => {
    await poller.stop();
    await app?.close();
    await projection.stop().catch(() => undefined);
    await relay.stop();
    await store.close();
    await pool.end();
  };

  try {
    relay.start();
    await projection.start();
    poller.start();
    app = await NestFactory.createMicroservice(BrandVettingModule.register(deps), {
      strategy: serviceKafkaServer({
        clientId: `brand-vetting-${instanceId}`,
        brokers,
        consumerGroup: BRAND_CONSUMER_GROUP,
        namespace,
        requestPartitions: options.requestPartitions,
      }),
      logger: options.logger ?? ['error', 'warn'],
    });
    await app.listen();
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }

  return { topics, store, pool, relay, projection, poller, stop };
}
