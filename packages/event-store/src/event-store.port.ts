/**
 * The event store port (DESIGN.md "Event store"). Every adapter passes the one contract suite in
 * `testing/contract-suite.ts`.
 *
 * Global positions are opaque strings: each adapter encodes its own ("<transaction id>:<sequence>" for PostgreSQL,
 * "<commit>/<prepare>" for EventStoreDB) and only the adapter that produced one may interpret it; never compare them.
 * Reading "from" a position is exclusive: it returns the events after it, so a stored checkpoint
 * (the position of the last event handled) resumes exactly where processing stopped.
 */
export type GlobalPosition = string;
export const START: GlobalPosition = 'START';

export type ExpectedRevision = 'NO_STREAM' | 'ANY' | number;

export interface EventMetadata {
  accountId: string | null;
  actor: string;
  correlationId: string;
  causationId: string | null;
  occurredAt: string;
  schemaVersion: number;
  [key: string]: unknown;
}

export interface NewEvent<TType extends string = string, TData = unknown> {
  /** A UUID. Appending an event id that the stream already holds at the same place is a no-op. */
  eventId: string;
  type: TType;
  data: TData;
  metadata: EventMetadata;
}

export interface RecordedEvent<TType extends string = string, TData = unknown>
  extends NewEvent<TType, TData> {
  streamId: string;
  /** 0-based position of the event in its stream. */
  revision: number;
  position: GlobalPosition;
}

export interface AppendResult {
  /** Revision of the last event in the stream after the append. */
  nextRevision: number;
  /** Global position of the last appended event. */
  position: GlobalPosition;
}

export type Direction = 'FORWARDS' | 'BACKWARDS';

export interface ReadStreamOptions {
  /** Inclusive revision to start from; defaults to the start (forwards) or the end (backwards). */
  fromRevision?: number;
  direction?: Direction;
  limit?: number;
}

export interface AllFilter {
  /** Only streams whose id starts with one of these prefixes, e.g. `account-`. */
  streamPrefixes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: events after this position. Defaults to START. */
  from?: GlobalPosition;
  limit?: number;
  filter?: AllFilter;
}

export interface SubscribeToAllOptions {
  from?: GlobalPosition;
  filter?: AllFilter;
}

/** Catch-up then live; events arrive in global order, each once, none skipped. */
export interface AllSubscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

export interface EventStore {
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  /** An unknown stream reads as an empty list. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options?: SubscribeToAllOptions): AllSubscription;
  close(): Promise<void>;
}

export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'NO_STREAM',
  ) {
    super(`stream ${streamId}: expected revision ${String(expected)}, actual ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}
