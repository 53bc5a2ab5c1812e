import type { Kafka, Producer } from 'kafkajs';
import type { Pool } from 'pg';
import {
  START,
  type AllSubscription,
  type EventStore,
  type GlobalPosition,
  type RecordedEvent,
} from '@compliance/event-store';
import { Backoff, Sleeper, type BackoffOptions } from './backoff';
import { PostgresCheckpointStore, type CheckpointStore } from './checkpoint-store';
import { ACKS_ALL, createIdempotentProducer } from './kafka';
import { consoleLogger, describeError, type MessagingLogger } from './logger';
import { toKafkaMessage } from './event-message';
import { PostgresRelayLeadership, type RelayLeadership, type RelayLease } from './relay-leadership';

export type RelayProducer = Pick<Producer, 'connect' | 'disconnect' | 'send'>;

export interface PublishedBatch {
  count: number;
  lastPosition: GlobalPosition;
}

export interface EventRelayOptions {
  /** Checkpoint name, one per relay (e.g. `accounts.relay`). */
  name: string;
  topic: string;
  /** The service's own streams, e.g. `['account-', 'staff-']`. */
  streamPrefixes: readonly string[];
  store: EventStore;
  checkpoints: CheckpointStore;
  /** A fresh producer per (re)start, so a broken idempotent session never carries over. */
  createProducer: () => RelayProducer;
  /** Most events per Kafka send and checkpoint write (default 500). */
  batchSize?: number;
  /** How long to wait for more events before sending a batch that is not full (default 5 ms). */
  lingerMs?: number;
  backoff?: BackoffOptions;
  logger?: MessagingLogger;
  /** Called after each batch is acknowledged and checkpointed. */
  onBatchPublished?: (batch: PublishedBatch) => void | Promise<void>;
  /** When given, only the instance holding the lease publishes; the others stand by (default: always publish). */
  leadership?: RelayLeadership;
  /** How often a standing-by instance asks for the lease (default 1000 ms). */
  standbyPollMs?: number;
}

const LINGER_ENDED = Symbol('linger');
const STANDBY = Symbol('standby');

/**
 * Follows the store from a checkpoint and publishes each event of the service's streams to its topic
 * (CONVENTIONS.md 11). The checkpoint moves only after Kafka acknowledged, so after a crash or an outage
 * it resends from there: at least once, never skipping. Any failure restarts it from the stored checkpoint
 * with a fresh producer after a backoff.
 */
export class EventRelay {
  private running: Promise<void> | null = null;
  private stopping = false;
  private subscription: AllSubscription | null = null;
  private readonly sleeper = new Sleeper();
  private readonly backoff: Backoff;
  private readonly logger: MessagingLogger;
  private readonly batchSize: number;
  private readonly lingerMs: number;
  /** Events acknowledged by Kafka since start (duplicates after a restart included). */
  published = 0;
  /** Failures that made the relay restart from its checkpoint. */
  failures = 0;
  /** Whether this instance holds the leadership (always true without a leadership option once running). */
  leading = false;

  constructor(private readonly options: EventRelayOptions) {
    this.backoff = new Backoff(options.backoff);
    this.logger = options.logger ?? consoleLogger(`relay ${options.name}`);
    this.batchSize = options.batchSize ?? 500;
    this.lingerMs = options.lingerMs ?? 5;
  }

  /** Starts following the store in the background; returns at once. */
  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.running = this.run();
  }

  /** Finishes the batch in flight (or gives it up when Kafka does not answer), then returns. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.stopping = true;
    this.sleeper.cancel();
    // Closing the subscription ends its iteration, which ends `pump`.
    await this.subscription?.close().catch(() => undefined);
    await this.running;
    this.running = null;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      const lease = await this.acquireLease();
      if (lease === STANDBY) continue;
      let producer: RelayProducer | null = null;
      try {
        this.leading = true;
        producer = this.options.createProducer();
        await producer.connect();
        const from = (await this.options.checkpoints.load(this.options.name)) ?? START;
        this.subscription = this.options.store.subscribeToAll({
          from,
          filter: { streamPrefixes: this.options.streamPrefixes },
        });
        // stop() may have run while this was connecting, before there was a subscription to close.
        if (this.stopping) break;
        const pumping = this.pump(this.subscription, producer);
        await (lease ? Promise.race([pumping, lease.lost]) : pumping);
      } catch (error) {
        if (this.stopping) break;
        this.failures += 1;
        const delay = this.backoff.next();
        this.logger.error(`failed, restarting from the checkpoint in ${delay} ms: ${describeError(error)}`);
        await this.teardown(producer);
        producer = null;
        await lease?.release();
        this.leading = false;
        await this.sleeper.sleep(delay);
      } finally {
        await this.teardown(producer);
        await lease?.release();
        this.leading = false;
      }
    }
  }

  /** null: no leadership configured; STANDBY: another instance leads (after waiting a poll interval). */
  private async acquireLease(): Promise<RelayLease | null | typeof STANDBY> {
    const leadership = this.options.leadership;
    if (!leadership) return null;
    try {
      const lease = await leadership.tryAcquire(this.options.name);
      if (lease) return lease;
    } catch (error) {
      this.logger.warn(`could not ask for the leadership: ${describeError(error)}`);
    }
    await this.sleeper.sleep(this.options.standbyPollMs ?? 1000);
    return STANDBY;
  }

  private async teardown(producer: RelayProducer | null): Promise<void> {
    const subscription = this.subscription;
    this.subscription = null;
    await subscription?.close().catch(() => undefined);
    await producer?.disconnect().catch(() => undefined);
  }

  private async pump(subscription: AllSubscription, producer: RelayProducer): Promise<void> {
    const iterator = subscription[Symbol.asyncIterator]();
    let pending: Promise<IteratorResult<RecordedEvent>> | null = null;
    for (;;) {
      pending ??= iterator.next();
      const first = await pending;
      if (first.done || this.stopping) return;
      pending = null;
      const batch: RecordedEvent[] = [first.value];
      let ended = false;
      while (batch.length < this.batchSize) {
        pending ??= iterator.next();
        const next = await Promise.race([pending, this.linger()]);
        if (next === LINGER_ENDED) break;
        pending = null;
        if (next.done) {
          ended = true;
          break;
        }
        batch.push(next.value);
      }
      await this.publish(batch, producer);
      if (ended) return;
    }
  }

  private linger(): Promise<typeof LINGER_ENDED> {
    return new Promise((resolve) => setTimeout(() => resolve(LINGER_ENDED), this.lingerMs));
  }

  private async publish(batch: RecordedEvent[], producer: RelayProducer): Promise<void> {
    const last = batch.at(-1);
    if (!last) return;
    await producer.send({ topic: this.options.topic, acks: ACKS_ALL, messages: batch.map(toKafkaMessage) });
    await this.options.checkpoints.save(this.options.name, last.position);
    this.published += batch.length;
    this.backoff.reset();
    await this.options.onBatchPublished?.({ count: batch.length, lastPosition: last.position });
  }
}

export interface CreateEventRelayOptions extends Omit<EventRelayOptions, 'checkpoints' | 'createProducer'> {
  kafka: Kafka;
  /** Holds `messaging.relay_checkpoints`. */
  pool: Pool;
}

/**
 * The relay with a PostgreSQL checkpoint, idempotent KafkaJS producers, and (unless told otherwise) one leader per
 * relay name across all instances of the service.
 */
export function createEventRelay({ kafka, pool, ...options }: CreateEventRelayOptions): EventRelay {
  return new EventRelay({
    leadership: new PostgresRelayLeadership(pool),
    ...options,
    checkpoints: new PostgresCheckpointStore(pool),
    // Bounded retries: the relay's own restart-from-checkpoint loop handles long outages and lets stop() return.
    createProducer: () =>
      createIdempotentProducer(kafka, { retry: { retries: 5, initialRetryTime: 300, maxRetryTime: 5000 } }),
  });
}
