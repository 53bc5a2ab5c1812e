import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@compliance/testing';
import { migrateEventStore, PostgresEventStore, WrongExpectedRevisionError, type NewEvent } from '../src';

function event(type = 'Happened'): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    data: { at: 1 },
    metadata: {
      accountId: 'AC1',
      actor: 'test',
      correlationId: randomUUID(),
      causationId: null,
      occurredAt: '2024-01-01T00:00:00.000Z',
      schemaVersion: 1,
    },
  };
}

describe('PostgresEventStore specifics', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('event_store_pg');
    await migrateEventStore(database.url);
  });
  afterAll(async () => {
    await database.drop();
  });

  it('migrates a fresh database from several services at once, and again idempotently', async () => {
    const fresh = await createTestDatabase('event_store_migrate');
    try {
      await Promise.all([1, 2, 3, 4].map(() => migrateEventStore(fresh.url)));
      await migrateEventStore(fresh.url);
      const { rows } = await fresh.pool.query<{ count: string }>(
        'SELECT count(*) FROM event_store.pgmigrations',
      );
      expect(rows[0]?.count).toBe('1');
      const store = new PostgresEventStore(fresh.pool);
      expect((await store.append('migrated-1', [event()], 'NO_STREAM')).nextRevision).toBe(0);
    } finally {
      await fresh.drop();
    }
  });

  it('rejects an event id that another stream already holds', async () => {
    const store = new PostgresEventStore(database.pool);
    const shared = event();
    await store.append(`dup-a-${randomUUID()}`, [shared], 'NO_STREAM');
    const other = `dup-b-${randomUUID()}`;
    await expect(store.append(other, [shared], 'NO_STREAM')).rejects.toBeInstanceOf(
      WrongExpectedRevisionError,
    );
    expect(await store.readStream(other)).toEqual([]);
    await store.close();
  });

  it('wakes live subscriptions by NOTIFY, not only by polling', async () => {
    const store = new PostgresEventStore(database.pool, { pollIntervalMs: 60_000 });
    const stream = `notify-${randomUUID()}`;
    const { position } = await store.append(stream, [event()], 'NO_STREAM');
    const subscription = store.subscribeToAll({ from: position, filter: { streamPrefixes: [stream] } });
    const iterator = subscription[Symbol.asyncIterator]();
    const next = iterator.next();
    await new Promise((resolve) => setTimeout(resolve, 200)); // let it catch up and start waiting
    const live = event('Live');
    await store.append(stream, [live], 0);
    const received = await Promise.race([
      next,
      new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000)),
    ]);
    expect(received).not.toBe('timeout');
    expect((received as IteratorResult<{ eventId: string }>).value?.eventId).toBe(live.eventId);
    await store.close();
  });

  it('ends open subscriptions on close and releases every pooled client', async () => {
    const store = new PostgresEventStore(database.pool, { pollIntervalMs: 60_000 });
    const subscription = store.subscribeToAll({ filter: { streamPrefixes: [`none-${randomUUID()}`] } });
    const iterator = subscription[Symbol.asyncIterator]();
    const pending = iterator.next();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await store.close();
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    expect(database.pool.totalCount - database.pool.idleCount).toBe(0);
  });

  it('rolls back an append whose transaction fails before commit', async () => {
    const failing = new PostgresEventStore(database.pool, {
      beforeCommit: () => Promise.reject(new Error('crash before commit')),
    });
    const stream = `rollback-${randomUUID()}`;
    await expect(failing.append(stream, [event()], 'NO_STREAM')).rejects.toThrow('crash before commit');
    const store = new PostgresEventStore(database.pool);
    expect(await store.readStream(stream)).toEqual([]);
    expect((await store.append(stream, [event()], 'NO_STREAM')).nextRevision).toBe(0);
    expect(database.pool.totalCount - database.pool.idleCount).toBe(0);
  });
});
