import {
  migrateEventStore,
  PostgresEventStore,
  WrongExpectedRevisionError,
  type EventStore,
  type NewEvent,
  type ExpectedRevision,
} from '@compliance/event-store';
import { createTestDatabase, type TestDatabase } from '@compliance/testing';
import { ConcurrentModificationError, handleCommand } from '../src';
import { meta, ticketDecider } from './ticket.decider';

/** Holds every append until `size` of them are waiting, so that they all decided on the same revision. */
function barrierStore(inner: EventStore, size: number): EventStore & { conflicts: number } {
  let waiting: (() => void)[] = [];
  let released = false;
  const wrapper = Object.create(inner) as EventStore & { conflicts: number };
  wrapper.conflicts = 0;
  wrapper.append = async (streamId: string, events: readonly NewEvent[], expected: ExpectedRevision) => {
    if (!released) {
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (waiting.length === size) {
          released = true;
          waiting.forEach((go) => go());
          waiting = [];
        }
      });
    }
    try {
      return await inner.append(streamId, events, expected);
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) wrapper.conflicts += 1;
      throw error;
    }
  };
  return wrapper;
}

describe('handleCommand on PostgresEventStore', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await createTestDatabase('es_handle_command');
    await migrateEventStore(db.url);
    store = new PostgresEventStore(db.pool);
  });

  afterAll(async () => {
    await store.close();
    await db.drop();
  });

  it('retries concurrent commands on one stream after conflicts until each one is appended', async () => {
    const streamId = 'ticket-concurrent';
    await handleCommand(store, {
      streamId,
      decider: ticketDecider,
      command: { type: 'OpenTicket', data: { ticketId: 't', title: 'start' }, metadata: meta() },
    });
    const writers = 5;
    const racing = barrierStore(store, writers);

    const results = await Promise.all(
      Array.from({ length: writers }, (_, i) =>
        handleCommand(racing, {
          streamId,
          decider: ticketDecider,
          command: { type: 'RenameTicket', data: { title: `title ${i}` }, metadata: meta() },
          maxRetries: writers,
        }),
      ),
    );

    expect(racing.conflicts).toBeGreaterThanOrEqual(writers - 1);
    const stream = await store.readStream(streamId);
    expect(stream.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(
      stream
        .slice(1)
        .map((e) => (e.data as { title: string }).title)
        .sort(),
    ).toEqual(Array.from({ length: writers }, (_, i) => `title ${i}`));
    expect(results.map((r) => r.nextRevision).sort()).toEqual([1, 2, 3, 4, 5]);
    // Each result carries the events it recorded, with their revisions and global positions.
    for (const result of results) {
      const [event] = result.events;
      expect(stream[event!.revision]!.eventId).toBe(event!.eventId);
      expect(event!.position).toBe(stream[event!.revision]!.position);
      expect(result.state).toMatchObject({
        title: (event!.data as { title: string }).title,
        renames: event!.revision,
      });
    }
  });

  it('throws CONCURRENT_MODIFICATION when the retries are exhausted, and the loser appends nothing', async () => {
    const streamId = 'ticket-exhausted';
    await handleCommand(store, {
      streamId,
      decider: ticketDecider,
      command: { type: 'OpenTicket', data: { ticketId: 't', title: 'start' }, metadata: meta() },
    });
    const racing = barrierStore(store, 2);

    const settled = await Promise.allSettled(
      ['a', 'b'].map((title) =>
        handleCommand(racing, {
          streamId,
          decider: ticketDecider,
          command: { type: 'RenameTicket', data: { title }, metadata: meta() },
          maxRetries: 0,
        }),
      ),
    );

    const rejected = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(ConcurrentModificationError);
    expect(rejected[0]!.reason).toMatchObject({ code: 'CONCURRENT_MODIFICATION' });
    expect(await store.readStream(streamId)).toHaveLength(2);
  });

  it('creates a new stream only once when two commands race to create it', async () => {
    const streamId = 'ticket-created-twice';
    const racing = barrierStore(store, 2);
    const results = await Promise.all(
      [1, 2].map(() =>
        handleCommand(racing, {
          streamId,
          decider: ticketDecider,
          command: { type: 'OpenTicket', data: { ticketId: 't', title: 'x' }, metadata: meta() },
        }),
      ),
    );
    expect(await store.readStream(streamId)).toHaveLength(1);
    // The loser re-read, found the ticket open and decided nothing.
    expect(results.map((r) => r.events.length).sort()).toEqual([0, 1]);
  });
});
