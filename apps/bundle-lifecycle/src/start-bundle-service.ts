import { randomBytes } from 'node:crypto';
import {
  bundleTopics,
  BUNDLE_CONSUMER_GROUP,
  catalogTopics,
  numberTopics,
  type BundleTopics,
} from '@compliance/contracts';
import { createEventStore, type EventStore } from '@compliance/event-store';
import {
  createEventRelay,
  createKafka,
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
import type { BundleDeps } from './bundle-deps';
import { BundleLifecycleModule } from './bundle-lifecycle.module';
import { BUNDLE_STREAM_CATEGORY } from './bundle/bundle.stream';
import { createUpstream } from './clients/upstream';
import { createReactionsHandler } from './consumers/reactions.handler';
import { ensureTopicsRetrying } from './kafka/ensure-topics-retrying';
import { migrateBundles } from './migrate-bundles';
import { applyToBundleReadModel } from './queries/bundles/bundle-read-model.handler';
import { BundleScheduler } from './scheduler/bundle-scheduler';

export interface BundleServiceOptions {
  databaseUrl: string;
  brokers?: readonly string[];
  /** Topic and consumer-group prefix; tests pass a unique one. */
  namespace?: string;
  requestPartitions?: number;
  /** How long a command waits for the read model before replying (default 5 s). */
  projectionWaitMs?: number;
  /** The scheduler's clock (default: the system clock). */
  clock?: () => Date;
  /** How often the scheduler runs (default 60 s); 0 leaves it to `scheduler.runOnce()`. */
  schedulerIntervalMs?: number;
  logger?: LoggerService | LogLevel[] | false;
}

export interface BundleService {
  readonly topics: BundleTopics;
  readonly store: EventStore;
  readonly pool: Pool;
  readonly relay: EventRelay;
  readonly readModel: IdempotentConsumer;
  readonly reactions: IdempotentConsumer;
  readonly scheduler: BundleScheduler;
  readonly deps: BundleDeps;
  stop(): Promise<void>;
}

/**
 * Migrates, creates its topics, and starts the relay (store → `bundles.events`), the read-model projection, the
 * reactions to `catalog.events` and `numbers.events`, the scheduler, and the request-reply microservice (consumer
 * group `bundle-lifecycle`).
 */
export async function startBundleService(options: BundleServiceOptions): Promise<BundleService> {
  const namespace = options.namespace ?? '';
  const topics = bundleTopics(namespace);
  const brokers = [...(options.brokers ?? kafkaBrokers())];
  const instanceId = randomBytes(4).toString('hex');
  const clock = options.clock ?? (() => new Date());

  await ensureDatabase(options.databaseUrl);
  await migrateMessaging(options.databaseUrl);
  await migrateBundles(options.databaseUrl);

  const kafka = createKafka({
    clientId: `bundle-lifecycle-${instanceId}`,
    brokers,
    logLevel: logLevel.ERROR,
  });
  const foreignEvents = [catalogTopics(namespace).events, numberTopics(namespace).events];
  await ensureTopicsRetrying(kafka, [
    ...serviceTopicSpecs(topics, options.requestPartitions),
    ...foreignEvents.map((topic) => ({ topic, numPartitions: 3 })),
  ]);

  const pool = createPool(options.databaseUrl, { max: 10 });
  const store = await createEventStore({
    eventStoreConnectionString: process.env.EVENTSTORE_CONNECTION_STRING,
    databaseUrl: options.databaseUrl,
    pool,
  });
  const upstream = createUpstream(brokers, namespace);
  const relay = createEventRelay({
    name: `${namespace}bundle-lifecycle.relay`,
    topic: topics.events,
    streamPrefixes: [`${BUNDLE_STREAM_CATEGORY}-`],
    store,
    kafka,
    pool,
  });
  const readModel = new IdempotentConsumer({
    kafka,
    groupId: `${namespace}bundle-lifecycle.read-model`,
    consumerName: 'bundle-lifecycle.read-model',
    topics: [topics.events],
    pool,
    handle: applyToBundleReadModel,
  });
  const deps: BundleDeps = {
    store,
    pool,
    catalog: upstream.catalog,
    identity: upstream.identity,
    readModel,
    projectionWaitMs: options.projectionWaitMs ?? 5000,
  };
  const reactions = new IdempotentConsumer({
    kafka,
    groupId: `${namespace}bundle-lifecycle.reactions`,
    consumerName: 'bundle-lifecycle.reactions',
    topics: foreignEvents,
    pool,
    handle: createReactionsHandler(deps, clock),
  });
  const scheduler = new BundleScheduler(deps, clock, options.schedulerIntervalMs ?? 60_000);

  let app: INestMicroservice | null = null;
  const stop = async (): Promise<void> => {
    await scheduler.stop();
    await app?.close();
    await reactions.stop().catch(() => undefined);
    await readModel.stop().catch(() => undefined);
    await relay.stop();
    await upstream.requester.close().catch(() => undefined);
    await store.close();
    await pool.end();
  };

  try {
    relay.start();
    await readModel.start();
    await reactions.start();
    await upstream.requester.connect();
    if (options.schedulerIntervalMs !== 0) scheduler.start();
    app = await NestFactory.createMicroservice(BundleLifecycleModule.register(deps), {
      strategy: serviceKafkaServer({
        clientId: `bundle-lifecycle-${instanceId}`,
        brokers,
        consumerGroup: BUNDLE_CONSUMER_GROUP,
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

  return { topics, store, pool, relay, readModel, reactions, scheduler, deps, stop };
}
