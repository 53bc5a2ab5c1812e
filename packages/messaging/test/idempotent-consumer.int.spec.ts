import { Client } from 'pg';
import type { RecordedEvent } from '@compliance/event-store';
import { databaseName, withDatabase } from '@compliance/postgres';
import {
  createTestDatabase,
  eventually,
  testKafka,
  uniqueName,
  type TestDatabase,
} from '@compliance/testing';
import type { Producer } from 'kafkajs';
import {
  createIdempotentProducer,
  ensureTopics,
  migrateMessaging,
  runConsumer,
  toKafkaMessage,
  type IdempotentConsumer,
  type MessagingLogger,
} from '../src';
import { newEvent } from './fake-store';
import { deleteTopics } from './kafka-collector';

const quiet: MessagingLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };

function recorded(streamId: string, revision: number, type = 'CounterBumped'): RecordedEvent {
  return { ...newEvent(`${streamId}#${revision}`), type, streamId, revision, position: String(revision + 1) };
}

describe('IdempotentConsumer', () => {
  const kafka = testKafka('consumer');
  const topic = uniqueName('consumer');
  const groupId = uniqueName('group');
  let db: TestDatabase;
  let producer: Producer;
  let consumer: IdempotentConsumer | null = null;

  /** The read model: a counter per stream that is NOT idempotent by itself, so a double apply shows. */
  const handle = async (event: RecordedEvent, client: import('pg').PoolClient): Promise<void> => {
    if (event.type === 'Poison') throw new Error('cannot project Poison');
    if (event.type === 'Flaky' && flakyFailures > 0) {
      flakyFailures -= 1;
      throw Object.assign(new Error('Connection terminated unexpectedly'), {});
    }
    await client.query(
      `INSERT INTO counters (stream_id, applied) VALUES ($1, 1)
       ON CONFLICT (stream_id) DO UPDATE SET applied = counters.applied + 1`,
      [event.streamId],
    );
  };
  let flakyFailures = 0;

  async function counters(): Promise<Record<string, number>> {
    const rows = await db.pool.query<{ stream_id: string; applied: number }>(
      'SELECT stream_id, applied FROM counters',
    );
    return Object.fromEntries(rows.rows.map((r) => [r.stream_id, r.applied]));
  }

  async function start(): Promise<IdempotentConsumer> {
    consumer = await runConsumer({
      kafka,
      groupId,
      topics: [topic],
      pool: db.pool,
      handle,
      logger: quiet,
      backoff: { initialDelayMs: 50, maxDelayMs: 500 },
    });
    return consumer;
  }

  beforeAll(async () => {
    db = await createTestDatabase('msg_consumer');
    await migrateMessaging(db.url);
    await db.pool.query('CREATE TABLE counters (stream_id text PRIMARY KEY, applied integer NOT NULL)');
    await ensureTopics(kafka, [{ topic, numPartitions: 2 }]);
    producer = createIdempotentProducer(kafka);
    await producer.connect();
  });

  afterAll(async () => {
    await consumer?.stop();
    await producer.disconnect();
    await deleteTopics(kafka, [topic]);
    await db.drop();
  });

  it('applies each event once although it is delivered twice, and again after a replay from offset 0', async () => {
    const events = ['c-1', 'c-2', 'c-3'].flatMap((stream) =>
      [0, 1, 2].map((revision) => recorded(stream, revision)),
    );
    const poison = recorded('c-9', 0, 'Poison');
    const messages = [...events.slice(0, 4), poison, ...events.slice(4)].map(toKafkaMessage);
    // Every event twice (as after a relay resend), plus a message that is no event at all.
    await producer.send({
      topic,
      acks: -1,
      messages: [...messages, ...messages, { key: 'junk', value: 'not json' }],
    });

    const first = await start();
    expect(await first.waitForEvent(events.at(-1)!.eventId, 20000)).toBe(true);
    await eventually(() => (first.stats.duplicates === events.length + 1 ? true : undefined));

    expect(await counters()).toEqual({ 'c-1': 3, 'c-2': 3, 'c-3': 3 });
    expect(first.stats).toMatchObject({ applied: events.length, failed: 1, duplicates: events.length + 1 });
    // The refused event is recorded, not retried forever, and later events went on.
    const failed = await db.pool.query<{ event_id: string | null; event_type: string | null; error: string }>(
      'SELECT event_id, event_type, error FROM messaging.failed_events WHERE consumer = $1 ORDER BY id',
      [groupId],
    );
    expect(failed.rows.map((r) => [r.event_id, r.event_type])).toEqual(
      expect.arrayContaining([
        [poison.eventId, 'Poison'],
        [null, null],
      ]),
    );
    expect(failed.rows).toHaveLength(2);
    expect(failed.rows.find((r) => r.event_type === 'Poison')!.error).toContain('cannot project Poison');

    // Replay the whole topic: stop, move the group back to offset 0, start again.
    await first.stop();
    const admin = kafka.admin();
    await admin.connect();
    await admin.resetOffsets({ groupId, topic, earliest: true });
    await admin.disconnect();
    const second = await start();
    await eventually(() => (second.stats.duplicates === 2 * (events.length + 1) ? true : undefined), {
      timeoutMs: 30000,
    });

    expect(second.stats.applied).toBe(0);
    expect(await counters()).toEqual({ 'c-1': 3, 'c-2': 3, 'c-3': 3 });
    const processed = await db.pool.query(
      'SELECT count(*)::int AS n FROM messaging.processed_events WHERE consumer = $1',
      [groupId],
    );
    expect(processed.rows[0]).toEqual({ n: events.length + 1 });
  });

  it('waitForEvent answers for events applied earlier, and false after the timeout for unknown ones', async () => {
    const active = consumer!;
    const [applied] = (
      await db.pool.query<{ event_id: string }>('SELECT event_id FROM messaging.processed_events LIMIT 1')
    ).rows;
    expect(await active.waitForEvent(applied!.event_id, 1000)).toBe(true);
    expect(await active.waitForEvent('00000000-0000-4000-8000-ffffffffffff', 300)).toBe(false);
  });

  it('retries through a database outage instead of skipping the event', async () => {
    const active = consumer!;
    const admin = new Client({ connectionString: withDatabase(db.url, 'postgres') });
    await admin.connect();
    const name = databaseName(db.url);
    const event = recorded('c-outage', 0);
    const retriesBefore = active.stats.retries;
    try {
      await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [name],
      );
      await producer.send({ topic, acks: -1, messages: [toKafkaMessage(event)] });
      await eventually(() => (active.stats.retries >= retriesBefore + 2 ? true : undefined), {
        timeoutMs: 20000,
      });
    } finally {
      await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`);
      await admin.end();
    }

    expect(await active.waitForEvent(event.eventId, 20000)).toBe(true);
    expect((await counters())['c-outage']).toBe(1);
    const failed = await db.pool.query('SELECT 1 FROM messaging.failed_events WHERE event_id = $1', [
      event.eventId,
    ]);
    expect(failed.rowCount).toBe(0);
  });

  it('retries a handler that loses its connection, then applies the event once', async () => {
    const active = consumer!;
    flakyFailures = 2;
    const event = recorded('c-flaky', 0, 'Flaky');
    await producer.send({ topic, acks: -1, messages: [toKafkaMessage(event)] });
    expect(await active.waitForEvent(event.eventId, 20000)).toBe(true);
    expect(flakyFailures).toBe(0);
    expect((await counters())['c-flaky']).toBe(1);
  });
});
