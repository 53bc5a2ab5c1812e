import type { EventStore, RecordedEvent } from '@compliance/event-store';
import { fold, type Decider, type DomainEvent } from './decider';
import { NO_UPCASTERS, type UpcasterRegistry } from './upcasters';

export interface LoadedAggregate<TEvent extends DomainEvent, TState> {
  state: TState;
  /** Domain events in their current shape (upcast), in stream order. */
  events: TEvent[];
  /** Revision of the last event, or `NO_STREAM` when the stream holds none. */
  revision: number | 'NO_STREAM';
  /** Global position of the last event, or null for an empty stream. */
  position: string | null;
}

/** Upcasts a stored event into its current shape; the envelope keeps its ids and position. */
export function upcastRecorded(event: RecordedEvent, upcasters: UpcasterRegistry): RecordedEvent {
  const current = upcasters.upcast({
    type: event.type,
    data: event.data,
    schemaVersion: event.metadata.schemaVersion,
  });
  if (current.type === event.type && current.schemaVersion === event.metadata.schemaVersion) return event;
  return {
    ...event,
    type: current.type,
    data: current.data,
    metadata: { ...event.metadata, schemaVersion: current.schemaVersion },
  };
}

/** Reads a stream, upcasts each event and folds it: the load half of the one command-handling path. */
export async function loadAggregate<TEvent extends DomainEvent, TState>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<unknown, TEvent, TState>, 'initialState' | 'evolve'>,
  upcasters: UpcasterRegistry = NO_UPCASTERS,
): Promise<LoadedAggregate<TEvent, TState>> {
  const recorded = await store.readStream(streamId, { direction: 'FORWARDS' });
  // The stored type string is the contract: the decider's union names every type it can read.
  const events = recorded.map((event) => {
    const current = upcastRecorded(event, upcasters);
    return { type: current.type, data: current.data } as TEvent;
  });
  const last = recorded.at(-1);
  return {
    state: fold(decider, events),
    events,
    revision: last ? last.revision : 'NO_STREAM',
    position: last ? last.position : null,
  };
}
