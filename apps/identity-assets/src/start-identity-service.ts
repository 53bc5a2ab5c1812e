import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Server } from 'node:http';
import {
  BUNDLE_EVENTS_TOPIC,
  IDENTITY_INTERNAL_HTTP_PORT,
  IDENTITY_CONSUMER_GROUP,
  IDENTITY_REQUEST_TOPIC_CONFIG,
  identityTopics,
  NUMBER_EVENTS_TOPIC,
  type IdentityTopics,
} from '@compliance/contracts';
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
import { ConfigResourceTypes, logLevel, type Kafka } from 'kafkajs';
import { KafkaCatalogLookup, type CatalogLookup } from './catalog/catalog-lookup';
import { KeyRing } from './crypto/key-ring';
import { loadMasterKey, type MasterKey } from './crypto/master-key';
import type { FileStore } from './files/file-store.port';
import { LocalFileStore } from './files/local-file-store';
import { startInternalHttpServer } from './http/internal-http.server';
import type { IdentityDeps } from './identity-deps';
import { IdentityModule } from './identity.module';
import { migrateIdentity } from './migrate-identity';
import { applyVerifiedRetention } from './commands/apply-verified-retention/apply-verified-retention.handler';
import { applyToAssetReadModels } from './queries/assets/asset-read-model.handler';
import { bundleViewHandler } from './queries/bundle-view/bundle-view.handler';
import { AssetSealer } from './sealing/asset-sealer';
import { IDENTITY_STREAM_PREFIXES } from './streams/identity.streams';

export interface IdentityServiceOptions {
  databaseUrl: string;
  brokers?: readonly string[];
  /** Topic and consumer-group prefix; tests pass a unique one. */
  namespace?: string;
  requestPartitions?: number;
  /** Default: IDENTITY_MASTER_KEY, else (outside production) a key kept in `.data/identity-master-key`. */
  masterKey?: MasterKey;
  /** Root of the local file store (default IDENTITY_FILE_DIR, else `.data/identity-files`). */
  fileDir?: string;
  /** Internal HTTP endpoint for files (default IDENTITY_HTTP_PORT, else 3101; 0 picks a free port). */
  httpPort?: number;
  /** Default IDENTITY_HTTP_HOST, else 127.0.0.1 (keep it private: it trusts its caller, the gateway). */
  httpHost?: string;
  /** How long a command waits for the read model before answering from its state (default 3 s). */
  readModelWaitMs?: number;
  logger?: LoggerService | LogLevel[] | false;
}

export interface IdentityService {
  readonly topics: IdentityTopics;
  readonly store: EventStore;
  readonly pool: Pool;
  readonly relay: EventRelay;
  readonly readModel: IdempotentConsumer;
  /** The local view of bundles.events and numbers.events. */
  readonly bundleView: IdempotentConsumer;
  readonly deps: IdentityDeps;
  readonly masterKey: MasterKey;
  readonly fileDir: string;
  /** Base URL of the internal file endpoint. */
  readonly httpUrl: string;
  stop(): Promise<void>;
}

/** Personal data travels in plaintext on the request topics: short retention, also when another process made them. */
async function limitRetention(kafka: Kafka, topics: readonly string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.alterConfigs({
      validateOnly: false,
      resources: topics.map((name) => ({
        type: ConfigResourceTypes.TOPIC,
        name,
        configEntries: IDENTITY_REQUEST_TOPIC_CONFIG.map((entry) => ({ ...entry })),
      })),
    });
  } finally {
    await admin.disconnect();
  }
}

/**
 * Migrates, creates its topics, and starts the relay (store → `identity.events`), the read-model projection, the
 * bundle and phone-number views, and the request-reply microservice (consumer group `identity-assets`).
 */
export async function startIdentityService(options: IdentityServiceOptions): Promise<IdentityService> {
  const namespace = options.namespace ?? '';
  const topics = identityTopics(namespace);
  const brokers = [...(options.brokers ?? kafkaBrokers())];
  const instanceId = randomBytes(4).toString('hex');
  const masterKey = options.masterKey ?? loadMasterKey();
  const fileDir = path.resolve(
    options.fileDir ?? process.env.IDENTITY_FILE_DIR ?? path.join('.data', 'identity-files'),
  );

  await ensureDatabase(options.databaseUrl);
  await migrateMessaging(options.databaseUrl);
  await migrateIdentity(options.databaseUrl);

  const kafka = createKafka({ clientId: `identity-${instanceId}`, brokers, logLevel: logLevel.ERROR });
  const bundleEvents = `${namespace}${BUNDLE_EVENTS_TOPIC}`;
  const numberEvents = `${namespace}${NUMBER_EVENTS_TOPIC}`;
  const requestTopicSpecs = serviceTopicSpecs(topics, options.requestPartitions);
  await ensureTopics(kafka, [
    ...requestTopicSpecs.map((spec) =>
      spec.topic === topics.events ? spec : { ...spec, configEntries: [...IDENTITY_REQUEST_TOPIC_CONFIG] },
    ),
    { topic: bundleEvents, numPartitions: 3 },
    { topic: numberEvents, numPartitions: 3 },
  ]);
  await limitRetention(kafka, [...topics.requestTopics, ...topics.replyTopics]);

  const pool = createPool(options.databaseUrl, { max: 10 });
  const store = await createEventStore({
    eventStoreConnectionString: process.env.EVENTSTORE_CONNECTION_STRING,
    databaseUrl: options.databaseUrl,
    pool,
  });
  const relay = createEventRelay({
    name: `${namespace}identity.relay`,
    topic: topics.events,
    streamPrefixes: IDENTITY_STREAM_PREFIXES,
    store,
    kafka,
    pool,
  });
  const readModel = new IdempotentConsumer({
    kafka,
    groupId: `${namespace}identity-assets.read-model`,
    consumerName: 'identity.read-model',
    topics: [topics.events],
    pool,
    handle: applyToAssetReadModels,
  });
  const catalog: CatalogLookup = new KafkaCatalogLookup({ brokers, namespace });
  const keys = new KeyRing(pool, masterKey);
  const files: FileStore = new LocalFileStore(fileDir);
  const readModelWaitMs = options.readModelWaitMs ?? 3000;
  const deps: IdentityDeps = {
    store,
    pool,
    keys,
    sealer: new AssetSealer(keys),
    files,
    catalog,
    async awaitReadModel(eventIds) {
      for (const eventId of eventIds) {
        if (!(await readModel.waitForEvent(eventId, readModelWaitMs, 20))) return;
      }
    },
  };

  const bundleView = new IdempotentConsumer({
    kafka,
    groupId: `${namespace}identity-assets.bundle-view`,
    consumerName: 'identity.bundle-view',
    topics: [bundleEvents, numberEvents],
    pool,
    handle: bundleViewHandler({ bundles: bundleEvents, numbers: numberEvents }, (bundle) =>
      applyVerifiedRetention(deps, bundle),
    ),
  });

  let app: INestMicroservice | null = null;
  let http: (Server & { url: string }) | null = null;
  const stop = async (): Promise<void> => {
    const closing = http;
    if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
    await app?.close();
    await readModel.stop().catch(() => undefined);
    await bundleView.stop().catch(() => undefined);
    await catalog.close().catch(() => undefined);
    await relay.stop();
    await store.close();
    await pool.end();
  };

  try {
    relay.start();
    await readModel.start();
    await bundleView.start();
    app = await NestFactory.createMicroservice(IdentityModule.register(deps), {
      strategy: serviceKafkaServer({
        clientId: `identity-${instanceId}`,
        brokers,
        consumerGroup: IDENTITY_CONSUMER_GROUP,
        namespace,
        requestPartitions: options.requestPartitions,
      }),
      logger: options.logger ?? ['error', 'warn'],
    });
    await app.listen();
    http = await startInternalHttpServer(
      deps,
      options.httpPort ?? Number(process.env.IDENTITY_HTTP_PORT ?? IDENTITY_INTERNAL_HTTP_PORT),
      options.httpHost ?? process.env.IDENTITY_HTTP_HOST ?? '127.0.0.1',
    );
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }

  return {
    topics,
    store,
    pool,
    relay,
    readModel,
    bundleView,
    deps,
    masterKey,
    fileDir,
    httpUrl: http.url,
    stop,
  };
}
