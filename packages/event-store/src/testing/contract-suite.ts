/// <reference types="jest" />
import { START, WrongExpectedRevisionError, type EventStore, type RecordedEvent } from '../event-store.port';
import { Collector, delay, ids, newEvent, newEvents, uniquePrefix } from './contract-events';
import type { EventStoreContractFixture } from './contract-fixture';

export type { EventStoreContractFixture, WriterOptions } from './contract-fixture';

/**
 * The behaviour every EventStore adapter must have (DESIGN.md "Event store"). Stream names carry a random
 * prefix per test, so the suite also runs against a shared store; global reads filter by that prefix.
 */
export function describeEventStoreContract(
  name: string,
  setup: () => Promise<EventStoreContractFixture>,
): void {
  describe(`EventStore contract: ${name}`, () => {
    let fixture: EventStoreContractFixture;
    let store: EventStore;
    let prefix: string;

    beforeAll(async () => {
      fixture = await setup();
      store = fixture.store;
    });
    afterAll(async () => {
      await fixture?.cleanup();
    });
    beforeEach(() => {
      prefix = uniquePrefix('c');
    });

    async function expectConflict(promise: Promise<unknown>, actual: number | 'NO_STREAM'): Promise<void> {
      const error: unknown = await promise.then(
        () => undefined,
        (failure: unknown) => failure,
      );
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect((error as WrongExpectedRevisionError).actual).toBe(actual);
    }

    /** A marker event to subscribe or read after, so a shared store's older events stay out of the way. */
    async function marker(): Promise<string> {
      const { position } = await store.append(`${prefix}marker`, [newEvent('Marker')], 'NO_STREAM');
      return position;
    }

    describe('append and expected revision', () => {
      it('creates a stream with NO_STREAM and records every field', async () => {
        const stream = `${prefix}order-1`;
        const events = newEvents(3);
        const result = await store.append(stream, events, 'NO_STREAM');
        expect(result.nextRevision).toBe(2);

        const read = await store.readStream(stream);
        expect(read.map(({ eventId, type, data, metadata }) => ({ eventId, type, data, metadata }))).toEqual(
          events,
        );
        expect(read.map((event) => [event.streamId, event.revision])).toEqual([
          [stream, 0],
          [stream, 1],
          [stream, 2],
        ]);
        expect(read[2]?.position).toBe(result.position);
        expect(new Set(read.map((event) => event.position)).size).toBe(3);
      });

      it('rejects NO_STREAM when the stream exists, with the actual revision', async () => {
        const stream = `${prefix}order-2`;
        await store.append(stream, newEvents(2), 'NO_STREAM');
        await expectConflict(store.append(stream, [newEvent()], 'NO_STREAM'), 1);
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('appends at the exact expected revision and rejects a stale one', async () => {
        const stream = `${prefix}order-3`;
        await store.append(stream, [newEvent()], 'NO_STREAM');
        expect((await store.append(stream, [newEvent()], 0)).nextRevision).toBe(1);
        await expectConflict(store.append(stream, [newEvent()], 0), 1);
        await expectConflict(store.append(stream, [newEvent()], 5), 1);
        await expectConflict(store.append(`${prefix}missing`, [newEvent()], 0), 'NO_STREAM');
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('appends with ANY whether or not the stream exists', async () => {
        const stream = `${prefix}order-4`;
        expect((await store.append(stream, [newEvent()], 'ANY')).nextRevision).toBe(0);
        expect((await store.append(stream, newEvents(2), 'ANY')).nextRevision).toBe(2);
      });

      it('lets only one of two concurrent NO_STREAM appends win', async () => {
        const stream = `${prefix}order-5`;
        const writer = await fixture.openWriter();
        const results = await Promise.allSettled([
          store.append(stream, [newEvent()], 'NO_STREAM'),
          writer.append(stream, [newEvent()], 'NO_STREAM'),
        ]);
        expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
        const rejected = results.find((result) => result.status === 'rejected');
        expect(rejected?.reason).toBeInstanceOf(WrongExpectedRevisionError);
        expect(await store.readStream(stream)).toHaveLength(1);
      });
    });

    describe('idempotent re-append', () => {
      it('re-appending the same event ids at the same place is a no-op returning the original result', async () => {
        const stream = `${prefix}retry-1`;
        const first = newEvents(2);
        const original = await store.append(stream, first, 'NO_STREAM');
        expect(await store.append(stream, first, 'NO_STREAM')).toEqual(original);

        const second = newEvents(2);
        const next = await store.append(stream, second, 1);
        await store.append(stream, [newEvent()], 3);
        expect(await store.append(stream, second, 1)).toEqual(next);
        expect(await store.append(stream, second, 'ANY')).toEqual(next);
        expect(ids(await store.readStream(stream))).toHaveLength(5);
      });

      it('treats a partly overlapping batch as a conflict and stores nothing of it', async () => {
        const stream = `${prefix}retry-2`;
        const stored = newEvents(2);
        await store.append(stream, stored, 'NO_STREAM');
        const overlapping = [stored[1]!, newEvent()];
        await expectConflict(store.append(stream, overlapping, 0), 1);
        expect(ids(await store.readStream(stream))).toEqual(ids(stored));
      });
    });

    describe('readStream', () => {
      it('reads forwards and backwards from a revision with a limit', async () => {
        const stream = `${prefix}read-1`;
        const events = newEvents(6);
        await store.append(stream, events, 'NO_STREAM');
        const revisions = (read: RecordedEvent[]): number[] => read.map((event) => event.revision);

        expect(revisions(await store.readStream(stream, { fromRevision: 2, limit: 3 }))).toEqual([2, 3, 4]);
        expect(revisions(await store.readStream(stream, { direction: 'BACKWARDS', limit: 2 }))).toEqual([
          5, 4,
        ]);
        expect(
          revisions(await store.readStream(stream, { direction: 'BACKWARDS', fromRevision: 3 })),
        ).toEqual([3, 2, 1, 0]);
        expect(revisions(await store.readStream(stream, { fromRevision: 6 }))).toEqual([]);
      });

      it('reads an unknown stream as empty', async () => {
        expect(await store.readStream(`${prefix}nobody`)).toEqual([]);
      });
    });

    describe('readAll', () => {
      it('returns events in global order after an exclusive position, filtered by stream prefix', async () => {
        const from = await marker();
        const appended: string[] = [];
        for (const [stream, count] of [
          ['a-1', 2],
          ['b-1', 1],
          ['a-2', 1],
          ['c-1', 2],
          ['a-1', 1],
        ] as const) {
          const events = newEvents(count);
          await store.append(`${prefix}${stream}`, events, 'ANY');
          if (!stream.startsWith('c-')) appended.push(...ids(events));
        }

        const filter = { streamPrefixes: [`${prefix}a-`, `${prefix}b-`] };
        const all = await store.readAll({ from, filter });
        expect(ids(all)).toEqual(appended);

        const paged: RecordedEvent[] = [];
        let position = from;
        for (;;) {
          const page = await store.readAll({ from: position, limit: 2, filter });
          if (page.length === 0) break;
          expect(page.length).toBeLessThanOrEqual(2);
          paged.push(...page);
          position = page[page.length - 1]!.position;
        }
        expect(ids(paged)).toEqual(appended);
        expect(ids(await store.readAll({ from: all[2]!.position, filter }))).toEqual(appended.slice(3));
      });

      it('reads from START', async () => {
        const stream = `${prefix}start-1`;
        const events = newEvents(2);
        await store.append(stream, events, 'NO_STREAM');
        const all = await store.readAll({ from: START, filter: { streamPrefixes: [prefix] } });
        expect(ids(all)).toEqual(ids(events));
      });
    });

    describe('subscribeToAll', () => {
      it('catches up, then goes live, and ends cleanly on close', async () => {
        const from = await marker();
        const before = newEvents(3);
        await store.append(`${prefix}sub-1`, before, 'NO_STREAM');
        await store.append(`${prefix}other-1`, newEvents(2), 'NO_STREAM');

        const collector = new Collector(
          store.subscribeToAll({ from, filter: { streamPrefixes: [`${prefix}sub-`] } }),
        );
        expect(ids(await collector.waitFor(3))).toEqual(ids(before));

        const after = newEvents(2);
        await store.append(`${prefix}sub-2`, after, 'NO_STREAM');
        expect(ids(await collector.waitFor(5))).toEqual([...ids(before), ...ids(after)]);

        await collector.close();
        expect(collector.failure).toBeUndefined();
        expect(collector.events).toHaveLength(5);
      });

      it('resumes from a checkpoint with exactly the later events', async () => {
        const from = await marker();
        const events = newEvents(5);
        for (const event of events) await store.append(`${prefix}resume-1`, [event], 'ANY');
        const filter = { streamPrefixes: [`${prefix}resume-`] };

        const first = new Collector(store.subscribeToAll({ from, filter }));
        const seen = await first.waitFor(2);
        await first.close();

        const resumed = new Collector(store.subscribeToAll({ from: seen[1]!.position, filter }));
        expect(ids(await resumed.waitFor(3))).toEqual(ids(events.slice(2)));
        await delay(300);
        expect(resumed.events).toHaveLength(3);
        await resumed.close();
      });
    });

    describe('late commits', () => {
      it('never skips an event whose append commits after a later one', async () => {
        const from = await marker();
        const filter = { streamPrefixes: [`${prefix}late-`] };
        let reached!: () => void;
        const holding = new Promise<void>((resolve) => (reached = resolve));
        let release!: () => void;
        const gate = new Promise<void>((resolve) => (release = resolve));
        const slow = await fixture.openWriter({
          holdCommit: async () => {
            reached();
            await gate;
          },
        });
        const collector = new Collector(store.subscribeToAll({ from, filter }));

        const early = newEvent('Early');
        const slowAppend = slow.append(`${prefix}late-slow`, [early], 'NO_STREAM');
        await holding;
        const later = newEvent('Later');
        await store.append(`${prefix}late-fast`, [later], 'NO_STREAM');

        // A reader polling now must not move its checkpoint past the uncommitted event.
        const paged: RecordedEvent[] = [];
        const firstPage = store.readAll({ from, filter });
        await delay(400);
        release();
        await slowAppend;
        paged.push(...(await firstPage));
        const checkpoint = paged.length > 0 ? paged[paged.length - 1]!.position : from;
        paged.push(...(await store.readAll({ from: checkpoint, filter })));

        const expected = ids(await store.readAll({ from, filter }));
        expect([...expected].sort()).toEqual([early.eventId, later.eventId].sort());
        expect(ids(paged)).toEqual(expected);
        expect(ids(await collector.waitFor(2))).toEqual(expected);
        await delay(300);
        expect(collector.events).toHaveLength(2);
        await collector.close();
      });

      it('delivers every event once, in one global order, while 8 writers append concurrently', async () => {
        const from = await marker();
        const filter = { streamPrefixes: [`${prefix}load-`] };
        const writerCount = 8;
        const appendsPerWriter = 15;
        const writers = await Promise.all(
          Array.from({ length: writerCount }, (_, n) =>
            fixture.openWriter(
              n % 2 === 0 ? { holdCommit: () => delay(5 + Math.floor(Math.random() * 40)) } : {},
            ),
          ),
        );
        const subscriber = new Collector(store.subscribeToAll({ from, filter }));

        const written = new Set<string>();
        const writing = writers.map(async (writer, n) => {
          for (let i = 0; i < appendsPerWriter; i += 1) {
            const events = newEvents(1 + (i % 3));
            const stream = i % 4 === 0 ? `${prefix}load-shared` : `${prefix}load-w${n}`;
            await writer.append(stream, events, 'ANY');
            for (const id of ids(events)) written.add(id);
          }
        });

        // A relay-style reader paging through readAll from its checkpoint while the writers run.
        const paged: RecordedEvent[] = [];
        let writersDone = false;
        const paging = (async () => {
          let position = from;
          let idleAfterWriters = 0;
          for (;;) {
            const page = await store.readAll({ from: position, limit: 7, filter });
            paged.push(...page);
            if (page.length > 0) {
              position = page[page.length - 1]!.position;
              continue;
            }
            if (writersDone && (paged.length >= written.size || ++idleAfterWriters > 100)) return;
            await delay(5);
          }
        })();
        await Promise.all(writing);
        writersDone = true;
        await paging;

        const total = written.size;
        const delivered = await subscriber.waitFor(total);
        await delay(300);
        expect(subscriber.events).toHaveLength(total);
        await subscriber.close();

        const final = ids(await store.readAll({ from, filter }));
        expect(final).toHaveLength(total);
        expect(new Set(final)).toEqual(written);
        expect(ids(delivered)).toEqual(final);
        expect(ids(paged)).toEqual(final);

        const revisionsByStream = new Map<string, number[]>();
        for (const event of delivered) {
          revisionsByStream.set(event.streamId, [
            ...(revisionsByStream.get(event.streamId) ?? []),
            event.revision,
          ]);
        }
        for (const revisions of revisionsByStream.values()) {
          expect(revisions).toEqual(revisions.map((_, index) => index));
        }
      });
    });
  });
}
