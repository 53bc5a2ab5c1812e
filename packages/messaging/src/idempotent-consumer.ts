import type { Consumer, ConsumerConfig, EachMessagePayload, Kafka, KafkaMessage } from 'kafkajs';
import type { Pool, PoolClient } from 'pg';
import type { RecordedEvent } from '@compliance/event-store';
import { Backoff, Sleeper, type BackoffOptions } from './backoff';
import { eventIdHeader, InvalidEventMessageError, parseEventMessage } from './event-message';
import { consoleLogger, describeError, type MessagingLogger } from './logger';

export interface MessageInfo {
  topic: string;
  partition: number;
  offset: string;
}

export type EventHandler = (event: RecordedEvent, client: PoolClient, message: MessageInfo) => Promise<void>;

export interface IdempotentConsumerOptions {
  kafka: Kafka;
  groupId: string;
  topics: readonly string[];
  /** The service's database: holds `messaging.processed_events` and the read models `handle` writes. */
  pool: Pool;
  /** Changes the read model inside the transaction that records the event as processed. */
  handle: EventHandler;
  /** Name in `processed_events` (default: the group id). */
  consumerName?: string;
  /** Where a new group starts (default true: the whole topic). */
  fromBeginning?: boolean;
  consumerConfig?: Omit<ConsumerConfig, 'groupId'>;
  backoff?: BackoffOptions;
  logger?: MessagingLogger;
}

type Outcome = 'applied' | 'duplicate' | 'failed';

/**
 * Applies each event once (CONVENTIONS.md 10, 11): in one transaction it records (consumer, eventId) in
 * `messaging.processed_events` and, only when that row is new, runs the handler; the Kafka offset is
 * committed after the transaction. A handler that refuses an event has it recorded in
 * `messaging.failed_events` and the consumer goes on; a database that is unreachable is retried, never skipped.
 */
export class IdempotentConsumer {
  private consumer: Consumer | null = null;
  private stopping = false;
  private readonly sleeper = new Sleeper();
  private readonly logger: MessagingLogger;
  private readonly name: string;
  private readonly waiters = new Map<string, Set<() => void>>();
  /** Counts since start, for health and tests. */
  readonly stats = { applied: 0, duplicates: 0, failed: 0, retries: 0 };

  constructor(private readonly options: IdempotentConsumerOptions) {
    this.name = options.consumerName ?? options.groupId;
    this.logger = options.logger ?? consoleLogger(`consumer ${this.name}`);
  }

  /** Joins the group and starts consuming; resolves once the consumer runs. */
  async start(): Promise<void> {
    if (this.consumer) return;
    this.stopping = false;
    const consumer = this.options.kafka.consumer({
      ...this.options.consumerConfig,
      groupId: this.options.groupId,
    });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({
      topics: [...this.options.topics],
      fromBeginning: this.options.fromBeginning ?? true,
    });
    await consumer.run({ eachMessage: (payload) => this.onMessage(payload) });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.sleeper.cancel();
    const consumer = this.consumer;
    this.consumer = null;
    await consumer?.disconnect();
  }

  /**
   * Resolves true once this consumer has processed the event (now or earlier, in any process of the group;
   * an event its handler refused counts as processed), false when `timeoutMs` passes first.
   */
  async waitForEvent(eventId: string, timeoutMs: number, pollIntervalMs = 250): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    let notified = false;
    let wake: () => void = () => undefined;
    const listener = (): void => {
      notified = true;
      wake();
    };
    const set = this.waiters.get(eventId) ?? new Set();
    set.add(listener);
    this.waiters.set(eventId, set);
    try {
      for (;;) {
        if (notified || (await this.isProcessed(eventId))) return true;
        const remaining = deadline - Date.now();
        if (remaining <= 0) return false;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(remaining, pollIntervalMs));
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    } finally {
      set.delete(listener);
      if (set.size === 0) this.waiters.delete(eventId);
    }
  }

  private async isProcessed(eventId: string): Promise<boolean> {
    try {
      const result = await this.options.pool.query(
        'SELECT 1 FROM messaging.processed_events WHERE consumer = $1 AND event_id = $2',
        [this.name, eventId],
      );
      return (result.rowCount ?? 0) > 0;
    } catch {
      return false; // not a UUID, or the database is briefly away: keep waiting
    }
  }

  private async onMessage({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> {
    const info: MessageInfo = { topic, partition, offset: message.offset };
    let event: RecordedEvent;
    try {
      event = parseEventMessage(message);
    } catch (error) {
      if (!(error instanceof InvalidEventMessageError)) throw error;
      await this.withRetry(heartbeat, () => this.recordInvalid(message, info, error));
      return;
    }
    const outcome = await this.withRetry(heartbeat, () => this.process(event, info));
    if (outcome === 'applied') this.stats.applied += 1;
    else if (outcome === 'duplicate') this.stats.duplicates += 1;
    else this.stats.failed += 1;
    this.notify(event.eventId);
  }

  /** Retries infrastructure failures with backoff, heart-beating so the group keeps this member. */
  private async withRetry<T>(heartbeat: () => Promise<void>, work: () => Promise<T>): Promise<T> {
    const backoff = new Backoff(this.options.backoff);
    for (;;) {
      try {
        return await work();
      } catch (error) {
        // Stopping mid-retry: throw so the offset is not committed; the event comes again later.
        if (this.stopping) throw error;
        this.stats.retries += 1;
        const delay = backoff.next();
        this.logger.warn(`database unavailable, retrying in ${delay} ms: ${describeError(error)}`);
        await this.sleeper.sleep(delay);
        await heartbeat();
      }
    }
  }

  private async process(event: RecordedEvent, info: MessageInfo): Promise<Outcome> {
    const client = await this.options.pool.connect();
    let broken: unknown = null;
    try {
      await client.query('BEGIN');
      const inserted = await client.query(
        'INSERT INTO messaging.processed_events (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [this.name, event.eventId],
      );
      if (inserted.rowCount === 0) {
        await client.query('ROLLBACK');
        return 'duplicate';
      }
      await client.query('SAVEPOINT handler');
      let outcome: Outcome = 'applied';
      try {
        await this.options.handle(event, client, info);
      } catch (handlerError) {
        if (isTransient(handlerError)) throw handlerError;
        // If the savepoint cannot be rolled back the connection is gone: that is an outage, not a bad event.
        await client.query('ROLLBACK TO SAVEPOINT handler');
        await recordFailure(
          client,
          this.name,
          info,
          event.eventId,
          event.type,
          handlerError,
          JSON.stringify(event),
        );
        this.logger.error(
          `event ${event.eventId} (${event.type}) refused by the handler, recorded in failed_events: ${describeError(handlerError)}`,
        );
        outcome = 'failed';
      }
      await client.query('COMMIT');
      return outcome;
    } catch (error) {
      broken = error;
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      // A client whose connection failed must not go back to the pool.
      client.release(broken !== null && isTransient(broken) ? (broken as Error) : undefined);
    }
  }

  private async recordInvalid(message: KafkaMessage, info: MessageInfo, error: Error): Promise<void> {
    const client = await this.options.pool.connect();
    try {
      await recordFailure(
        client,
        this.name,
        info,
        eventIdHeader(message) ?? null,
        null,
        error,
        message.value?.toString('utf8') ?? null,
      );
      this.logger.error(
        `message ${info.topic}/${info.partition}@${info.offset} is not an event, recorded in failed_events: ${error.message}`,
      );
    } finally {
      client.release();
    }
  }

  private notify(eventId: string): void {
    for (const listener of this.waiters.get(eventId) ?? []) listener();
  }
}

async function recordFailure(
  client: PoolClient,
  consumer: string,
  info: MessageInfo,
  eventId: string | null,
  eventType: string | null,
  error: unknown,
  payload: string | null,
): Promise<void> {
  await client.query(
    `INSERT INTO messaging.failed_events (consumer, event_id, event_type, topic, partition, "offset", error, payload)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      consumer,
      eventId,
      eventType,
      info.topic,
      info.partition,
      info.offset,
      error instanceof Error ? (error.stack ?? error.message) : String(error),
      payload,
    ],
  );
}

/**
 * Errors that say nothing about the event: connection loss (node errors, SQLSTATE class 08), server
 * shutdown (57P), resources (53), serialization failures and deadlocks (40). These are retried.
 */
export function isTransient(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') {
    const message = (error as { message?: unknown }).message;
    return (
      typeof message === 'string' &&
      /Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(
        message,
      )
    );
  }
  return (
    code.startsWith('08') ||
    code.startsWith('57P') ||
    code.startsWith('53') ||
    code.startsWith('40') ||
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH'].includes(code)
  );
}

/** Starts an idempotent consumer and returns it (call `stop()` on shutdown). */
export async function runConsumer(options: IdempotentConsumerOptions): Promise<IdempotentConsumer> {
  const consumer = new IdempotentConsumer(options);
  await consumer.start();
  return consumer;
}
