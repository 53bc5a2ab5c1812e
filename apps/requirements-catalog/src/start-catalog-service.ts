import { randomBytes } from 'node:crypto';
import { catalogTopics, CATALOG_CONSUMER_GROUP, type CatalogTopics } from '@compliance/contracts';
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
import { NestFactory } from '@nestjs/core';
import type { INestMicroservice, LoggerService, LogLevel } from '@nestjs/common';
import { logLevel } from 'kafkajs';
import { CatalogModule } from './catalog.module';
import { createCatalogRuntime, type CatalogRuntime } from './catalog-runtime';
import { serviceKafkaServer, serviceTopicSpecs } from '@compliance/service-kafka';
import { migrateCatalog } from './migrate-catalog';
import { applyToCatalogReadModel } from './queries/regulation/catalog-read-model.handler';
import { REGULATION_STREAM_CATEGORY } from './regulation/regulation.stream';
import { seedCatalog, type SeedReport } from './seed/seed-catalog';

export interface CatalogServiceOptions {
  databaseUrl: string;
  brokers?: readonly string[];
  /** Topic and consumer-group prefix; tests pass a unique one. */
  namespace?: string;
  /** Partitions of the request topics (default 3): how many instances can share the load. */
  requestPartitions?: number;
  /** How long a publish waits for the read model before answering from the store (default 5 s). */
  projectionWaitMs?: number;
  logger?: LoggerService | LogLevel[] | false;
}

export interface CatalogService {
  readonly topics: CatalogTopics;
  readonly store: EventStore;
  readonly pool: Pool;
  readonly relay: EventRelay;
  readonly projection: IdempotentConsumer;
  readonly runtime: CatalogRuntime;
  /** What seeding the data files did on this start. */
  readonly seed: SeedReport;
  stop(): Promise<void>;
}

/**
 * Migrates, creates the topics, seeds the catalog from the data files, and starts the relay (store →
 * `catalog.events`), the read-model projection and the request-reply microservice (consumer group `catalog`).
 */
export async function startCatalogService(options: CatalogServiceOptions): Promise<CatalogService> {
  const namespace = options.namespace ?? '';
  const topics = catalogTopics(namespace);
  const brokers = [...(options.brokers ?? kafkaBrokers())];
  const instanceId = randomBytes(4).toString('hex');
  const runtime = createCatalogRuntime();

  await ensureDatabase(options.databaseUrl);
  await migrateMessaging(options.databaseUrl);
  await migrateCatalog(options.databaseUrl);

  const kafka = createKafka({ clientId: `catalog-${instanceId}`, brokers, logLevel: logLevel.ERROR });
  await ensureTopics(kafka, serviceTopicSpecs(topics, options.requestPartitions));

  const pool = createPool(options.databaseUrl, { max: 10 });
  const store = await createEventStore({
    eventStoreConnectionString: process.env.EVENTSTORE_CONNECTION_STRING,
    databaseUrl: options.databaseUrl,
    pool,
  });
  const relay = createEventRelay({
    name: `${namespace}catalog.relay`,
    topic: topics.events,
    streamPrefixes: [`${REGULATION_STREAM_CATEGORY}-`],
    store,
    kafka,
    pool,
  });
  const projection = new IdempotentConsumer({
    kafka,
    groupId: `${namespace}catalog.read-model`,
    consumerName: 'catalog.read-model',
    topics: [topics.events],
    pool,
    handle: applyToCatalogReadModel,
  });

  let app: INestMicroservice | null = null;
  const stop = async (): Promise<void> => {
    await app?.close();
    await projection.stop().catch(() => undefined);
    await relay.stop();
    await store.close();
    await pool.end();
  };

  let seed: SeedReport;
  try {
    seed = await seedCatalog(store, runtime);
    relay.start();
    await projection.start();
    app = await NestFactory.createMicroservice(
      CatalogModule.register({ runtime, store, pool, projectionWaitMs: options.projectionWaitMs ?? 5000 }),
      {
        strategy: serviceKafkaServer({
          clientId: `catalog-${instanceId}`,
          brokers,
          consumerGroup: CATALOG_CONSUMER_GROUP,
          namespace,
          requestPartitions: options.requestPartitions,
        }),
        logger: options.logger ?? ['error', 'warn'],
      },
    );
    await app.listen();
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }

  return { topics, store, pool, relay, projection, runtime, seed, stop };
}
