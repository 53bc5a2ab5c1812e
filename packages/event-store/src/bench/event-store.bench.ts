import { randomBytes, randomUUID } from 'node:crypto';
import { createPool, databaseUrl, dropDatabase, ensureDatabase, withDatabase } from '@compliance/postgres';
import type { NewEvent } from '../event-store.port';
import { migrateEventStore } from '../postgres/migrate-event-store';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { eventsPerSecond, measure, type Measurement } from './measure';

/**
 * PostgreSQL event store against a plain INSERT/SELECT loop on a table of the same shape, same database,
 * same run, one connection, sequential operations (latency per operation). Bounded: well under 60 s.
 */
const APPENDS_OF_1 = 2000;
const APPENDS_OF_10 = 500;
const STREAM_READS = 2000;
const STREAMS = 200;

function newEvent(n: number): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'BenchmarkHappened',
    data: { n, bundleId: `BU${n}`, status: 'draft', items: [{ type: 'end-user', id: randomUUID() }] },
    metadata: {
      accountId: 'AC0123456789',
      actor: 'bench',
      correlationId: randomUUID(),
      causationId: null,
      occurredAt: new Date().toISOString(),
      schemaVersion: 1,
    },
  };
}

interface Row {
  operation: string;
  store: Measurement;
  plain: Measurement;
}

async function main(): Promise<void> {
  const url = withDatabase(databaseUrl(), `bench_event_store_${randomBytes(4).toString('hex')}`);
  await ensureDatabase(url);
  const pool = createPool(url, { max: 2 });
  const store = new PostgresEventStore(pool);
  try {
    await migrateEventStore(url);
    // Same columns, identity, defaults, constraints and indexes as the event log.
    await pool.query('CREATE TABLE public.plain_events (LIKE event_store.events INCLUDING ALL)');

    const plainInsert = (
      streamId: string,
      revision: number,
      events: readonly NewEvent[],
    ): Promise<unknown> => {
      const values: string[] = [];
      const params: unknown[] = [];
      events.forEach((event, i) => {
        params.push(
          streamId,
          revision + i,
          event.eventId,
          event.type,
          JSON.stringify(event.data),
          JSON.stringify(event.metadata),
        );
        const n = params.length;
        values.push(`($${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}::jsonb, $${n}::jsonb)`);
      });
      return pool.query(
        `INSERT INTO public.plain_events (stream_id, revision, event_id, type, data, metadata) VALUES ${values.join(', ')}`,
        params,
      );
    };

    const rows: Row[] = [];
    for (const [label, count, size] of [
      ['append 1 event', APPENDS_OF_1, 1],
      ['append 10 events', APPENDS_OF_10, 10],
    ] as const) {
      const storeRevisions = new Map<string, number>();
      const plainRevisions = new Map<string, number>();
      const run = Math.random().toString(36).slice(2, 8);
      const streamOf = (i: number): string => `bench-${size}-${run}-${((i % STREAMS) + STREAMS) % STREAMS}`;
      const storeResult = await measure(count, size, async (i) => {
        const stream = `${streamOf(i)}${i < 0 ? '-warm' : ''}`;
        const current = storeRevisions.get(stream);
        const events = Array.from({ length: size }, (_, n) => newEvent(n));
        const { nextRevision } = await store.append(
          stream,
          events,
          current === undefined ? 'NO_STREAM' : current,
        );
        storeRevisions.set(stream, nextRevision);
      });
      const plainResult = await measure(count, size, async (i) => {
        const stream = `${streamOf(i)}${i < 0 ? '-warm' : ''}`;
        const next = plainRevisions.get(stream) ?? 0;
        await plainInsert(
          stream,
          next,
          Array.from({ length: size }, (_, n) => newEvent(n)),
        );
        plainRevisions.set(stream, next + size);
      });
      rows.push({ operation: label, store: storeResult, plain: plainResult });
    }

    // Streams of 10 events written by the 10-per-append run: read each whole, round robin.
    const { rows: streams } = await pool.query<{ stream_id: string }>(
      `SELECT DISTINCT stream_id FROM event_store.events WHERE stream_id LIKE 'bench-10-%' AND stream_id NOT LIKE '%-warm'`,
    );
    const streamIds = streams.map((row) => row.stream_id);
    const eventsPerStream = (APPENDS_OF_10 / STREAMS) * 10;
    const pick = (i: number): string =>
      streamIds[((i % streamIds.length) + streamIds.length) % streamIds.length]!;
    rows.push({
      operation: `read stream (~${Math.round(eventsPerStream)} events)`,
      store: await measure(STREAM_READS, eventsPerStream, (i) => store.readStream(pick(i))),
      plain: await measure(STREAM_READS, eventsPerStream, (i) =>
        pool.query('SELECT * FROM public.plain_events WHERE stream_id = $1 ORDER BY revision', [pick(i)]),
      ),
    });

    printTable(rows);
  } finally {
    await store.close();
    await pool.end();
    await dropDatabase(url);
  }
}

function printTable(rows: readonly Row[]): void {
  const header = [
    'operation',
    'ops',
    'store ev/s',
    'p50 ms',
    'p99 ms',
    'plain ev/s',
    'p50 ms',
    'p99 ms',
    'store/plain',
  ];
  const lines = rows.map(({ operation, store, plain }) => [
    operation,
    String(store.operations),
    eventsPerSecond(store).toFixed(0),
    store.p50Ms.toFixed(2),
    store.p99Ms.toFixed(2),
    eventsPerSecond(plain).toFixed(0),
    plain.p50Ms.toFixed(2),
    plain.p99Ms.toFixed(2),
    `${(eventsPerSecond(store) / eventsPerSecond(plain)).toFixed(2)}x`,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]!.length)),
  );
  const format = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  console.log(
    'PostgreSQL event store vs plain INSERT/SELECT (same table shape, same run, 1 connection, sequential)',
  );
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(format(line));
  console.log('store/plain = event throughput of the store divided by the plain loop (1.00x = no overhead).');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
