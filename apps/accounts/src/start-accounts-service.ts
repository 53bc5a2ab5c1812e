import { randomBytes } from 'node:crypto';
import { accountsTopics, ACCOUNTS_CONSUMER_GROUP, type AccountsTopics } from '@compliance/contracts';
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
import { AccountsModule } from './accounts.module';
import { serviceKafkaServer, serviceTopicSpecs } from '@compliance/service-kafka';
import { migrateAccounts } from './migrate-accounts';
import { applyToAccountReadModel } from './queries/account/account-read-model.handler';
import { ACCOUNT_STREAM_CATEGORY } from './account/account.decider';
import { STAFF_STREAM_CATEGORY } from './staff/staff.decider';

export interface AccountsServiceOptions {
  databaseUrl: string;
  brokers?: readonly string[];
  /** Topic and consumer-group prefix; tests pass a unique one. */
  namespace?: string;
  /** Partitions of the request topics (default 3): how many instances can share the load. */
  requestPartitions?: number;
  logger?: LoggerService | LogLevel[] | false;
}

export interface AccountsService {
  readonly topics: AccountsTopics;
  readonly store: EventStore;
  readonly pool: Pool;
  readonly relay: EventRelay;
  readonly projection: IdempotentConsumer;
  stop(): Promise<void>;
}

/**
 * Migrates, creates the topics, and starts the relay (store → `accounts.events`), the read-model projection and
 * the request-reply microservice (consumer group `accounts`). Every instance runs the same; `stop` undoes it all.
 */
export async function startAccountsService(options: AccountsServiceOptions): Promise<AccountsService> {
  const namespace = options.namespace ?? '';
  const topics = accountsTopics(namespace);
  const brokers = [...(options.brokers ?? kafkaBrokers())];
  const instanceId = randomBytes(4).toString('hex');

  await ensureDatabase(options.databaseUrl);
  await migrateMessaging(options.databaseUrl);
  await migrateAccounts(options.databaseUrl);

  const kafka = createKafka({ clientId: `accounts-${instanceId}`, brokers, logLevel: logLevel.ERROR });
  await ensureTopics(kafka, serviceTopicSpecs(topics, options.requestPartitions));

  const pool = createPool(options.databaseUrl, { max: 10 });
  const store = await createEventStore({
    eventStoreConnectionString: process.env.EVENTSTORE_CONNECTION_STRING,
    databaseUrl: options.databaseUrl,
    pool,
  });
  const relay = createEventRelay({
    name: `${namespace}accounts.relay`,
    topic: topics.events,
    streamPrefixes: [`${ACCOUNT_STREAM_CATEGORY}-`, `${STAFF_STREAM_CATEGORY}-`],
    store,
    kafka,
    pool,
  });
  const projection = new IdempotentConsumer({
    kafka,
    groupId: `${namespace}accounts.read-model`,
    consumerName: 'accounts.read-model',
    topics: [topics.events],
    pool,
    handle: applyToAccountReadModel,
  });

  let app: INestMicroservice | null = null;
  const stop = async (): Promise<void> => {
    await app?.close();
    await projection.stop().catch(() => undefined);
    await relay.stop();
    await store.close();
    await pool.end();
  };

  try {
    relay.start();
    await projection.start();
    app = await NestFactory.createMicroservice(AccountsModule.register({ commands: { store }, pool }), {
      strategy: serviceKafkaServer({
        clientId: `accounts-${instanceId}`,
        brokers,
        consumerGroup: ACCOUNTS_CONSUMER_GROUP,
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

  return { topics, store, pool, relay, projection, stop };
}
