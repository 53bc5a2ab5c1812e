import {
  WrongExpectedRevisionError,
  type AllSubscription,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeToAllOptions,
} from '@compliance/event-store';

/**
 * An EventStore in memory for unit tests of code above the port (no I/O). Positions are decimal
 * strings of a counter. `beforeAppend` lets a test slip in a concurrent writer.
 */
export class InMemoryEventStore implements EventStore {
  private readonly all: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly waiters = new Set<() => void>();
  beforeAppend: ((streamId: string) => Promise<void> | void) | undefined;
  appendCalls = 0;

  async append(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    this.appendCalls += 1;
    if (this.beforeAppend) await this.beforeAppend(streamId);
    const stream = this.streams.get(streamId) ?? [];
    const actual = stream.length === 0 ? 'NO_STREAM' : stream.length - 1;
    if (expected !== 'ANY' && expected !== actual) {
      throw new WrongExpectedRevisionError(streamId, expected, actual);
    }
    for (const event of events) {
      const recorded: RecordedEvent = {
        ...structuredClone(event),
        streamId,
        revision: stream.length,
        position: String(this.all.length + 1),
      };
      stream.push(recorded);
      this.all.push(recorded);
    }
    this.streams.set(streamId, stream);
    for (const wake of this.waiters) wake();
    const last = stream.at(-1);
    return { nextRevision: stream.length - 1, position: last ? last.position : '0' };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const stream = this.streams.get(streamId) ?? [];
    const backwards = options.direction === 'BACKWARDS';
    const ordered = backwards ? [...stream].reverse() : stream;
    const from = options.fromRevision;
    const selected = ordered.filter(
      (e) => from === undefined || (backwards ? e.revision <= from : e.revision >= from),
    );
    return structuredClone(selected.slice(0, options.limit ?? selected.length));
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.from === undefined || options.from === 'START' ? 0 : Number(options.from);
    const prefixes = options.filter?.streamPrefixes;
    const selected = this.all.filter(
      (e) => Number(e.position) > after && (!prefixes || prefixes.some((p) => e.streamId.startsWith(p))),
    );
    return structuredClone(selected.slice(0, options.limit ?? selected.length));
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    let closed = false;
    let position = options.from ?? 'START';
    let wake: (() => void) | undefined;
    const readAll = (from: string) => this.readAll({ from, filter: options.filter ?? {} });
    const waiters = this.waiters;
    async function* iterate(): AsyncGenerator<RecordedEvent> {
      while (!closed) {
        const batch = await readAll(position);
        for (const event of batch) {
          if (closed) return;
          position = event.position;
          yield event;
        }
        if (batch.length === 0) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            waiters.add(resolve);
          });
          if (wake) waiters.delete(wake);
        }
      }
    }
    const iterator = iterate();
    return {
      [Symbol.asyncIterator]: () => iterator,
      async close() {
        closed = true;
        wake?.();
      },
    };
  }

  async close(): Promise<void> {
    for (const wake of this.waiters) wake();
  }
}
