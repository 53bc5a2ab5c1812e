import { randomUUID } from 'node:crypto';
import {
  WrongExpectedRevisionError,
  type EventMetadata,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '@compliance/event-store';
import { fold, type CommandMetadata, type Decider, type DomainEvent } from './decider';
import { ConcurrentModificationError } from './domain-error';
import { loadAggregate, upcastRecorded } from './load-aggregate';
import { NO_UPCASTERS, type UpcasterRegistry } from './upcasters';

export interface HandleCommandOptions<TCommand, TEvent extends DomainEvent, TState> {
  streamId: string;
  decider: Decider<TCommand, TEvent, TState>;
  command: TCommand;
  /**
   * The command's metadata. Defaults to `command.metadata`; fields given here override it, and extra
   * keys (trace ids, ...) are stored in every event's metadata.
   */
  metadata?: Partial<CommandMetadata> & Record<string, unknown>;
  /** Retries after a revision conflict before giving up with CONCURRENT_MODIFICATION. */
  maxRetries?: number;
  upcasters?: UpcasterRegistry;
}

export interface CommandResult<TEvent extends DomainEvent, TState> {
  /** The state after the decision: what a command response returns (read your own write). */
  state: TState;
  /** The events this command appended, as recorded (empty when the decision changed nothing). */
  events: RecordedEvent<TEvent['type'], TEvent['data']>[];
  /** Revision of the stream's last event; -1 when the stream still does not exist. */
  nextRevision: number;
  /** Global position of the stream's last event; null when the stream still does not exist. */
  position: string | null;
}

/**
 * The one command-handling path (CONVENTIONS.md 6): read stream → fold → decide → append with the
 * expected revision → retry only on a revision conflict.
 */
export async function handleCommand<TCommand, TEvent extends DomainEvent, TState>(
  store: EventStore,
  options: HandleCommandOptions<TCommand, TEvent, TState>,
): Promise<CommandResult<TEvent, TState>> {
  const { streamId, decider, command, maxRetries = 3, upcasters = NO_UPCASTERS } = options;
  const metadata = resolveMetadata(command, options.metadata);

  for (let attempt = 1; ; attempt += 1) {
    const loaded = await loadAggregate(store, streamId, decider, upcasters);
    const decided = decider.decide(command, loaded.state);
    if (decided.length === 0) {
      return {
        state: loaded.state,
        events: [],
        nextRevision: loaded.revision === 'NO_STREAM' ? -1 : loaded.revision,
        position: loaded.position,
      };
    }

    const newEvents = decided.map((event) => toNewEvent(event, metadata, upcasters));
    try {
      const appended = await store.append(streamId, newEvents, loaded.revision);
      const firstRevision = loaded.revision === 'NO_STREAM' ? 0 : loaded.revision + 1;
      const recorded = await store.readStream(streamId, {
        fromRevision: firstRevision,
        limit: newEvents.length,
      });
      return {
        state: fold(decider, decided, loaded.state),
        events: recorded.map((event) => upcastRecorded(event, upcasters)),
        nextRevision: appended.nextRevision,
        position: appended.position,
      };
    } catch (error) {
      if (!isWrongExpectedRevision(error)) throw error;
      if (attempt > maxRetries) throw new ConcurrentModificationError(streamId, attempt);
    }
  }
}

function isWrongExpectedRevision(error: unknown): boolean {
  return (
    error instanceof WrongExpectedRevisionError ||
    (error instanceof Error && error.name === 'WrongExpectedRevisionError')
  );
}

type ResolvedMetadata = CommandMetadata & Record<string, unknown>;

function resolveMetadata(
  command: unknown,
  override: HandleCommandOptions<unknown, DomainEvent, unknown>['metadata'],
): ResolvedMetadata {
  const carried =
    typeof command === 'object' && command !== null && 'metadata' in command
      ? (command as { metadata?: Partial<CommandMetadata> }).metadata
      : undefined;
  const merged = { ...carried, ...override };
  if (!(merged.now instanceof Date) || Number.isNaN(merged.now.getTime())) {
    throw new TypeError('command metadata needs `now` (a valid Date)');
  }
  if (typeof merged.actor !== 'string' || typeof merged.correlationId !== 'string') {
    throw new TypeError('command metadata needs `actor` and `correlationId`');
  }
  return {
    ...merged,
    accountId: merged.accountId ?? null,
    causationId: merged.causationId ?? null,
  } as ResolvedMetadata;
}

function toNewEvent(event: DomainEvent, metadata: ResolvedMetadata, upcasters: UpcasterRegistry): NewEvent {
  const { now, actor, accountId, correlationId, causationId, ...extra } = metadata;
  const eventMetadata: EventMetadata = {
    ...extra,
    accountId,
    actor,
    correlationId,
    causationId,
    occurredAt: now.toISOString(),
    schemaVersion: upcasters.currentVersion(event.type),
  };
  return { eventId: randomUUID(), type: event.type, data: event.data, metadata: eventMetadata };
}
