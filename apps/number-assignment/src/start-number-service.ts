import { randomBytes } from 'node:crypto';
import { bundleTopics, NUMBER_CONSUMER_GROUP, numberTopics, type NumberTopics } from '@compliance/contracts';
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
import type { INestMicroservice, LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { serviceKafkaServer, serviceTopicSpecs } from '@compliance/service-kafka';
import { logLevel } from 'kafkajs';
import { createLibphonenumberPlan } from './adapters/libphonenumber-plan';
import { BundlesClient } from './bundles/bundles.client';
import type { BundleDirectory } from './bundles/bundles.port';
import { migrateNumbers } from './migrate-numbers';
import type { NumbersDeps } from './numbers-deps';
import { NumbersModule } from './numbers.module';
import { applyToNumbersReadModel } from './queries/numbers-read-model.handler';
import { reactToBundleEvent } from './reactions/bundle-status/bundle-events.reactor';
import { NUMBER_STREAM_PREFIXES } from './streams/number-streams';

export interface NumberServiceOptions {
  databaseUrl: string;
  brokers?: readonly string[];
  /** Topic and consumer-group prefix; tests pass a unique one. */
  namespace?: string;
  requestPartitions?: number;
  /** Number streams written at once per request or bundle change (default 16). */
  concurrency?: number;
  /** Replaces the Kafka client of bundle-lifecycle (benchmarks). */
  bundles?: BundleDirectory;
  logger?: LoggerService | LogLevel[] | false;
}

export interface NumberService {
  readonly topics: NumberTopics;
  readonly store: EventStore;
  readonly pool: Pool;
  readonly relay: EventRelay;
  readonly projection: IdempotentConsumer;
  readonly reactor: IdempotentConsumer;
  readonly deps: NumbersDeps;
  stop(): Promise<void>;
}

/**
 * Migrates, creates its topics (and `bundles.events`, which it consumes, when bundle-lifecycle has not yet), and
 * starts the relay (store → `numbers.events`), the read-model projection, the reactor to bundle status changes and
 * the request-reply microservice (consumer group `number-assignment`).
 */
export async function startNumberService(options: NumberServiceOptions): Promise<NumberService> {
  const namespace = options.namespace ?? '';
  const topics = numberTopics(namespace);
  const bundles = bundleTopics(namespace);
  const brokers = [...(options.brokers ?? kafkaBrokers())];
  const instanceId = randomBytes(4).toString('hex');

  await ensureDatabase(options.databaseUrl);
  await migrateMessaging(options.databaseUrl);
  await migrateNumbers(options.databaseUrl);

  const kafka = createKafka({
    clientId: `number-assignment-${instanceId}`,
    brokers,
    logLevel: logLevel.ERROR,
  });
  await ensureTopics(kafka, [
    ...serviceTopicSpecs(topics, options.requestPartitions),
    { topic: bundles.events, numPartitions: 3 },
  ]);

  const pool = createPool(options.databaseUrl, { max: 20 });
  const store = await createEventStore({
    eventStoreConnectionString: process.env.EVENTSTORE_CONNECTION_STRING,
    databaseUrl: options.databaseUrl,
    pool,
  });
  const bundlesClient = options.bundles ? null : new BundlesClient({ brokers, namespace });
  const deps: NumbersDeps = {
    store,
    pool,
    plan: createLibphonenumberPlan(),
    bundles: options.bundles ?? bundlesClient!,
    concurrency: options.concurrency ?? 16,
  };
  const relay = createEventRelay({
    name: `${namespace}number-assignment.relay`,
    topic: topics.events,
    streamPrefixes: NUMBER_STREAM_PREFIXES,
    store,
    kafka,
    pool,
  });
  const projection = new IdempotentConsumer({
    kafka,
    groupId: `${namespace}number-assignment.read-model`,
    consumerName: 'number-assignment.read-model',
    topics: [topics.events],
    pool,
    handle: applyToNumbersReadModel,
  });
  const reactor = new IdempotentConsumer({
    kafka,
    groupId: `${namespace}number-assignment.bundle-reactor`,
    consumerName: 'number-assignment.bundle-reactor',
    topics: [bundles.events],
    pool,
    handle: (event) => reactToBundleEvent(deps, event),
  });

  let app: INestMicroservice | null = null;
  const stop = async (): Promise<void> => {
    await app?.close();
    await reactor.stop().catch(() => undefined);
    await projection.stop().catch(() => undefined);
    await relay.stop();
    await bundlesClient?.close().catch(() => undefined);
    await store.close();
    await pool.end();
  };

  try {
    relay.start();
    await projection.start();
    await reactor.start();
    await bundlesClient?.connect();
    app = await NestFactory.createMicroservice(NumbersModule.register(deps), {
      strategy: serviceKafkaServer({
        clientId: `number-assignment-${instanceId}`,
        brokers,
        consumerGroup: NUMBER_CONSUMER_GROUP,
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

  return { topics, store, pool, relay, projection, reactor, deps, stop };
}
