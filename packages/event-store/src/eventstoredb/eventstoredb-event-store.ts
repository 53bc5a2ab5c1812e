import {
  ANY,
  BACKWARDS,
  END,
  FORWARDS,
  NO_STREAM,
  START as DB_START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  streamNameFilter,
  type AppendExpectedRevision,
  type EventStoreDBClient,
  type ResolvedEvent,
  type AllStreamResolvedEvent,
} from '@eventstore/db-client';
import {
  START,
  WrongExpectedRevisionError,
  type AllFilter,
  type AllSubscription,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeToAllOptions,
} from '../event-store.port';
import { isApplicationStream, toEventData, toRecordedEvent } from './eventstoredb-mapping';
import { decodeEventStoreDbPosition, encodeEventStoreDbPosition } from './eventstoredb-position';

const PAGE_SIZE = 500;

/**
 * The event store on EventStoreDB (production, DESIGN.md). Streams whose name starts with `$` (system
 * streams) never appear in global reads. The client belongs to the caller unless `ownsClient` is set.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly subscriptions = new Set<AllSubscription>();

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly options: { ownsClient?: boolean } = {},
  ) {}

  async append(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    try {
      const result = await this.client.appendToStream(streamId, events.map(toEventData), {
        expectedRevision: toExpectedRevision(expected),
      });
      return {
        nextRevision: Number(result.nextExpectedRevision),
        position: result.position ? encodeEventStoreDbPosition(result.position) : START,
      };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        const actual = error.actualVersion;
        throw new WrongExpectedRevisionError(
          streamId,
          expected,
          actual === NO_STREAM ? 'NO_STREAM' : Number(actual),
        );
      }
      throw error;
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'BACKWARDS';
    const read = this.client.readStream(streamId, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision:
        options.fromRevision === undefined ? (backwards ? END : DB_START) : BigInt(options.fromRevision),
      ...(options.limit === undefined ? {} : { maxCount: options.limit }),
    });
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of read as AsyncIterable<ResolvedEvent>) {
        const event = resolved.event ? toRecordedEvent(resolved.event) : null;
        if (event) events.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  /** EventStoreDB reads `$all` from a position inclusively and this client filters only subscriptions, so pages are filtered here. */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const matches = matcher(options.filter);
    const events: RecordedEvent[] = [];
    let from = options.from ?? START;
    while (events.length < limit) {
      const position = decodeEventStoreDbPosition(from);
      const read = this.client.readAll({
        fromPosition: position ?? DB_START,
        maxCount: PAGE_SIZE,
        direction: FORWARDS,
      });
      let seen = 0;
      for await (const resolved of read as AsyncIterable<AllStreamResolvedEvent>) {
        seen += 1;
        const event = resolved.event ? toRecordedEvent(resolved.event) : null;
        if (!event || event.position === from) continue;
        from = event.position;
        if (matches(event.streamId) && events.length < limit) events.push(event);
      }
      if (seen < PAGE_SIZE) break;
    }
    return events;
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    const from = options.from ?? START;
    const position = decodeEventStoreDbPosition(from);
    const prefixes = options.filter?.streamPrefixes;
    const source = this.client.subscribeToAll({
      fromPosition: position ?? DB_START,
      filter: prefixes ? streamNameFilter({ prefixes: [...prefixes] }) : streamNameFilter({ regex: '^[^$]' }),
    });
    const matches = matcher(options.filter);
    const subscriptions = this.subscriptions;
    let closed = false;
    async function* events(): AsyncGenerator<RecordedEvent, void, undefined> {
      for await (const resolved of source as AsyncIterable<AllStreamResolvedEvent>) {
        if (closed) return;
        const event = resolved.event ? toRecordedEvent(resolved.event) : null;
        if (event && event.position !== from && matches(event.streamId)) yield event;
      }
    }
    const iterator = events();
    const subscription: AllSubscription = {
      [Symbol.asyncIterator]: () => iterator,
      async close() {
        if (closed) return;
        closed = true;
        subscriptions.delete(subscription);
        await source.unsubscribe();
      },
    };
    subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    if (this.options.ownsClient) await this.client.dispose();
  }
}

function toExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'NO_STREAM') return NO_STREAM;
  if (expected === 'ANY') return ANY;
  if (!Number.isSafeInteger(expected) || expected < 0) {
    throw new TypeError(
      `expected revision must be NO_STREAM, ANY or a revision >= 0, got ${String(expected)}`,
    );
  }
  return BigInt(expected);
}

function matcher(filter: AllFilter | undefined): (streamId: string) => boolean {
  const prefixes = filter?.streamPrefixes;
  if (!prefixes) return isApplicationStream;
  return (streamId) => prefixes.some((prefix) => streamId.startsWith(prefix));
}
