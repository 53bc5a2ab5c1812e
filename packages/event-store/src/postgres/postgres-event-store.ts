import type { Pool } from 'pg';
import {
  START,
  WrongExpectedRevisionError,
  type AllFilter,
  type AllSubscription,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type GlobalPosition,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeToAllOptions,
} from '../event-store.port';
import { PollingSubscription } from '../subscription/polling-subscription';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './event-row';
import { PostgresNotifier } from './postgres-notifier';
import { decodePostgresPosition, encodePostgresPosition } from './postgres-position';

export const EVENT_STORE_CHANNEL = 'event_store';
const CONFLICT = 'ES409';
const UNIQUE_VIOLATION = '23505';

export interface PostgresEventStoreOptions {
  /** Poll interval of live subscriptions when no notification arrives (default 250 ms). */
  pollIntervalMs?: number;
  /** Events read per round trip by subscriptions (default 500). */
  batchSize?: number;
  /**
   * How long `readAll` waits for transactions that were still open when it was called, so that it
   * returns every event committed before the call (default 3000 ms; after that it returns what is safe).
   */
  readAllSettleMs?: number;
  /** Test hook: runs inside each append's transaction just before COMMIT (to hold transactions open). */
  beforeCommit?: (streamId: string) => Promise<void>;
}

interface AppendRow {
  next_revision: string;
  transaction_id: string | null;
  position: string | null;
}

/**
 * The event store on PostgreSQL (`event_store` schema, see `migrateEventStore`). Global order is
 * (transaction id, sequence) and readers only see rows of transactions older than the oldest open one,
 * so an event whose transaction commits late is never skipped (docs/adr/0003).
 * The pool belongs to the caller: `close()` stops subscriptions and LISTEN but does not end the pool.
 */
export class PostgresEventStore implements EventStore {
  private readonly notifier: PostgresNotifier;
  private readonly subscriptions = new Set<AllSubscription>();
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly readAllSettleMs: number;

  constructor(
    private readonly pool: Pool,
    private readonly options: PostgresEventStoreOptions = {},
  ) {
    this.notifier = new PostgresNotifier(pool, EVENT_STORE_CHANNEL);
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.batchSize = options.batchSize ?? 500;
    this.readAllSettleMs = options.readAllSettleMs ?? 3000;
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const payload = JSON.stringify(
      events.map(({ eventId, type, data, metadata }) => ({ eventId, type, data, metadata })),
    );
    const params = [streamId, encodeExpected(expected), payload];
    const sql =
      'SELECT next_revision, transaction_id, position FROM event_store.append_events($1, $2, $3::jsonb)';
    try {
      const rows = this.options.beforeCommit
        ? await this.appendInTransaction(sql, params, streamId, this.options.beforeCommit)
        : (await this.pool.query<AppendRow>(sql, params)).rows;
      const row = rows[0];
      if (!row) throw new Error('event_store.append_events returned no row');
      return {
        nextRevision: Number(row.next_revision),
        position:
          row.transaction_id === null || row.position === null
            ? START
            : encodePostgresPosition({
                transactionId: BigInt(row.transaction_id),
                sequence: BigInt(row.position),
              }),
      };
    } catch (error) {
      if (hasCode(error, CONFLICT)) {
        throw new WrongExpectedRevisionError(streamId, expected, parseActual(error.detail));
      }
      if (hasCode(error, UNIQUE_VIOLATION)) {
        // An event id stored in another stream (or twice in one batch) meanwhile: a conflict, not a retry.
        throw new WrongExpectedRevisionError(streamId, expected, await this.currentRevision(streamId));
      }
      throw error;
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'BACKWARDS';
    const params: unknown[] = [streamId, options.limit ?? null];
    let range = '';
    if (options.fromRevision !== undefined) {
      params.push(options.fromRevision);
      range = backwards ? 'AND revision <= $3' : 'AND revision >= $3';
    }
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM event_store.events WHERE stream_id = $1 ${range}
        ORDER BY revision ${backwards ? 'DESC' : 'ASC'} LIMIT $2`,
      params,
    );
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    await this.settle();
    return this.readVisible(options.from ?? START, options.limit ?? null, options.filter);
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    const filter = options.filter;
    const subscription: AllSubscription = new PollingSubscription(
      {
        readAfter: (position, limit) => this.readVisible(position, limit, filter),
        onChange: (listener) => this.notifier.listen(listener),
      },
      {
        from: options.from ?? START,
        pollIntervalMs: this.pollIntervalMs,
        batchSize: this.batchSize,
        onClose: () => this.subscriptions.delete(subscription),
      },
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.notifier.close();
  }

  /** Events after `from` in global order, only from transactions older than every open one. */
  private async readVisible(
    from: GlobalPosition,
    limit: number | null,
    filter?: AllFilter,
  ): Promise<RecordedEvent[]> {
    const after = decodePostgresPosition(from);
    const params: unknown[] = [limit];
    const conditions = ['transaction_id < pg_snapshot_xmin(pg_current_snapshot())'];
    if (after) {
      params.push(after.transactionId.toString(), after.sequence.toString());
      conditions.push(
        `(transaction_id, position) > ($${params.length - 1}::xid8, $${params.length}::bigint)`,
      );
    }
    if (filter?.streamPrefixes) {
      params.push(filter.streamPrefixes);
      conditions.push(`stream_id ^@ ANY($${params.length}::text[])`);
    }
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM event_store.events WHERE ${conditions.join(' AND ')}
        ORDER BY transaction_id, position LIMIT $1`,
      params,
    );
    return rows.map(toRecordedEvent);
  }

  /** Waits (bounded) until every event committed before now is below the read horizon. */
  private async settle(): Promise<void> {
    const deadline = Date.now() + this.readAllSettleMs;
    for (;;) {
      const { rows } = await this.pool.query<{ newest: string | null; horizon: string }>(
        `SELECT (SELECT max(transaction_id) FROM event_store.events) AS newest,
                pg_snapshot_xmin(pg_current_snapshot()) AS horizon`,
      );
      const row = rows[0];
      if (!row || row.newest === null || BigInt(row.newest) < BigInt(row.horizon)) return;
      if (Date.now() >= deadline) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  private async appendInTransaction(
    sql: string,
    params: unknown[],
    streamId: string,
    beforeCommit: (streamId: string) => Promise<void>,
  ): Promise<AppendRow[]> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<AppendRow>(sql, params);
      await beforeCommit(streamId);
      await client.query('COMMIT');
      client.release();
      return rows;
    } catch (error) {
      // A connection that cannot even roll back is destroyed rather than returned to the pool.
      const broken = await client.query('ROLLBACK').then(
        () => false,
        () => true,
      );
      client.release(broken);
      throw error;
    }
  }

  private async currentRevision(streamId: string): Promise<number | 'NO_STREAM'> {
    const { rows } = await this.pool.query<{ revision: string | null }>(
      'SELECT max(revision) AS revision FROM event_store.events WHERE stream_id = $1',
      [streamId],
    );
    const revision = rows[0]?.revision;
    return revision === null || revision === undefined ? 'NO_STREAM' : Number(revision);
  }
}

function encodeExpected(expected: ExpectedRevision): number {
  if (expected === 'NO_STREAM') return -1;
  if (expected === 'ANY') return -2;
  if (!Number.isSafeInteger(expected) || expected < 0) {
    throw new TypeError(
      `expected revision must be NO_STREAM, ANY or a revision >= 0, got ${String(expected)}`,
    );
  }
  return expected;
}

function parseActual(detail: string | undefined): number | 'NO_STREAM' {
  return detail === undefined || detail === 'NO_STREAM' ? 'NO_STREAM' : Number(detail);
}

function hasCode(error: unknown, code: string): error is { code: string; detail?: string } {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
