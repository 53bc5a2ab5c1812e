import { randomBytes } from 'node:crypto';
import {
  accountsTopics,
  bundleTopics,
  NOTIFICATIONS_CONSUMER_GROUP,
  notificationsTopics,
} from '@compliance/contracts';
import {
  consoleLogger,
  createKafka,
  describeError,
  ensureTopics,
  IdempotentConsumer,
  kafkaBrokers,
  migrateMessaging,
  type MessagingLogger,
} from '@compliance/messaging';
import { createPool, ensureDatabase, type Pool } from '@compliance/postgres';
import { serviceKafkaServer } from '@compliance/service-kafka';
import type { INestMicroservice, LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { logLevel } from 'kafkajs';
import { DEFAULT_EMAIL_FROM } from './config';
import { systemClock, type Clock } from './domain/clock';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './domain/retry-schedule';
import { Dispatcher } from './delivery/dispatcher';
import { createSmtpEmailSender, type EmailSender } from './delivery/email.sender';
import { OutboxListener } from './delivery/outbox.listener';
import { createWebhookSender } from './delivery/webhook.sender';
import { createAccountSecretsHandler } from './intake/account-secrets.handler';
import { createBundleEventsHandler } from './intake/bundle-events.handler';
import { migrateNotifications } from './migrate-notifications';
import { NotificationsModule } from './notifications.module';

export interface NotificationsServiceOptions {
  databaseUrl: string;
  brokers?: readonly string[];
  /** Topic and consumer-group prefix; tests pass a unique one. */
  namespace?: string;
  /** `SMTP_URL`; null or missing: e-mails are skipped (logged). */
  smtpUrl?: string | null;
  emailFrom?: string;
  emailTimeoutMs?: number;
  webhookTimeoutMs?: number;
  /** Let webhooks reach loopback and private addresses (`WEBHOOK_ALLOW_PRIVATE_TARGETS=true`); default false. */
  allowPrivateTargets?: boolean;
  concurrency?: number;
  retryPolicy?: RetryPolicy;
  idlePollMs?: number;
  clock?: Clock;
  random?: () => number;
  logger?: MessagingLogger;
  /** NestJS's logger for the request-reply side (default: errors and warnings). */
  nestLogger?: LoggerService | LogLevel[] | false;
  /** Partitions of the request topics (default 3). */
  requestPartitions?: number;
}

export interface NotificationsService {
  readonly pool: Pool;
  readonly consumer: IdempotentConsumer;
  readonly dispatcher: Dispatcher;
  readonly topics: {
    readonly bundles: string;
    readonly accounts: string;
    readonly requests: readonly string[];
  };
  readonly emailEnabled: boolean;
  stop(): Promise<void>;
}

/** Partitions of the events topics, as their owners create them (serviceTopicSpecs). */
const EVENTS_PARTITIONS = 3;

/**
 * Migrates, makes sure the topics it reads exist, and starts the intake (one idempotent consumer of
 * `bundles.events` and `accounts.events`, group `notifications`), the dispatcher and its NOTIFY listener, and the
 * request-reply microservice that answers delivery-log reads (group `notifications-requests`).
 */
export async function startNotificationsService(
  options: NotificationsServiceOptions,
): Promise<NotificationsService> {
  const namespace = options.namespace ?? '';
  const requestTopics = notificationsTopics(namespace);
  const topics = {
    bundles: bundleTopics(namespace).events,
    accounts: accountsTopics(namespace).events,
    requests: requestTopics.requestTopics,
  };
  const requestPartitions = options.requestPartitions ?? 3;
  const brokers = [...(options.brokers ?? kafkaBrokers())];
  const logger = options.logger ?? consoleLogger('notifications');
  const clock = options.clock ?? systemClock;
  const instanceId = randomBytes(4).toString('hex');

  await ensureDatabase(options.databaseUrl);
  await migrateMessaging(options.databaseUrl);
  await migrateNotifications(options.databaseUrl);

  const kafka = createKafka({ clientId: `notifications-${instanceId}`, brokers, logLevel: logLevel.ERROR });
  // The owners create these too; whoever starts first makes them, with the same partition count.
  await ensureTopics(kafka, [
    { topic: topics.bundles, numPartitions: EVENTS_PARTITIONS },
    { topic: topics.accounts, numPartitions: EVENTS_PARTITIONS },
    ...requestTopics.requestTopics.map((topic) => ({ topic, numPartitions: requestPartitions })),
    ...requestTopics.replyTopics.map((topic) => ({ topic, numPartitions: 1 })),
  ]);

  const concurrency = options.concurrency ?? 16;
  const pool = createPool(options.databaseUrl, { max: concurrency + 4 });
  const email: EmailSender | null = options.smtpUrl
    ? createSmtpEmailSender({
        url: options.smtpUrl,
        from: options.emailFrom ?? DEFAULT_EMAIL_FROM,
        timeoutMs: options.emailTimeoutMs ?? 30_000,
      })
    : null;

  const webhook = createWebhookSender({
    timeoutMs: options.webhookTimeoutMs ?? 10_000,
    allowPrivateTargets: options.allowPrivateTargets ?? false,
  });

  const onBundleEvent = createBundleEventsHandler({ clock, emailEnabled: email !== null, logger });
  const onAccountEvent = createAccountSecretsHandler(logger);
  const consumer = new IdempotentConsumer({
    kafka,
    groupId: `${namespace}notifications`,
    consumerName: 'notifications',
    topics: [topics.bundles, topics.accounts],
    pool,
    handle: (event, client, info) =>
      info.topic === topics.accounts ? onAccountEvent(event, client) : onBundleEvent(event, client),
    consumerConfig: { heartbeatInterval: 1_000, sessionTimeout: 10_000 },
  });
  const dispatcher = new Dispatcher({
    pool,
    clock,
    policy: options.retryPolicy ?? DEFAULT_RETRY_POLICY,
    webhook,
    email,
    concurrency,
    idlePollMs: options.idlePollMs ?? 500,
    logger,
    random: options.random,
  });
  const listener = new OutboxListener(pool, () => dispatcher.wake(), logger);

  let app: INestMicroservice | null = null;
  const stop = async (): Promise<void> => {
    await app?.close();
    await consumer.stop().catch(() => undefined);
    await listener.stop();
    await dispatcher.stop();
    email?.close();
    webhook.close();
    await pool.end();
  };

  try {
    await startWhenTopicsAreKnown(consumer, logger);
    dispatcher.start();
    listener.start();
    app = await NestFactory.createMicroservice(NotificationsModule.register(pool), {
      strategy: serviceKafkaServer({
        clientId: `notifications-${instanceId}`,
        brokers,
        consumerGroup: NOTIFICATIONS_CONSUMER_GROUP,
        namespace,
        requestPartitions,
      }),
      logger: options.nestLogger ?? ['error', 'warn'],
    });
    await app.listen();
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return { pool, consumer, dispatcher, topics, emailEnabled: email !== null, stop };
}

/**
 * A topic created a moment ago (here or by its owner) may not be in every broker's metadata yet: KafkaJS then fails
 * the subscribe with a retriable UNKNOWN_TOPIC_OR_PARTITION. Retried for a while instead of failing the start.
 */
async function startWhenTopicsAreKnown(consumer: IdempotentConsumer, logger: MessagingLogger): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await consumer.start();
      return;
    } catch (error) {
      const retriable = (error as { retriable?: unknown }).retriable === true;
      if (!retriable || Date.now() > deadline) throw error;
      logger.warn(`subscribing failed (${describeError(error)}), retrying`);
      await consumer.stop().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, Math.min(200 * attempt, 2_000)));
    }
  }
}
