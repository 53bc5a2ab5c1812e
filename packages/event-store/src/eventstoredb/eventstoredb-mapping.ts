import type {
  AllStreamRecordedEvent,
  EventData,
  JSONType,
  RecordedEvent as DbRecordedEvent,
} from '@eventstore/db-client';
import type { EventMetadata, NewEvent, RecordedEvent } from '../event-store.port';
import { encodeEventStoreDbPosition } from './eventstoredb-position';

/** EventStoreDB's own correlation keys, written beside ours so its projections and UI can follow causation. */
const SYSTEM_KEYS = ['$correlationId', '$causationId'] as const;

export function toEventData(event: NewEvent): EventData {
  const { metadata } = event;
  return {
    id: event.eventId,
    contentType: 'application/json',
    type: event.type,
    data: event.data as JSONType,
    metadata: {
      ...metadata,
      $correlationId: metadata.correlationId,
      ...(metadata.causationId === null ? {} : { $causationId: metadata.causationId }),
    },
  };
}

export function isApplicationStream(streamId: string): boolean {
  return !streamId.startsWith('$');
}

export function toRecordedEvent(event: DbRecordedEvent | AllStreamRecordedEvent): RecordedEvent {
  if (!event.position)
    throw new Error('EventStoreDB returned an event without position (server older than 22.6?)');
  return {
    eventId: event.id,
    type: event.type,
    data: event.data,
    metadata: toMetadata(event.metadata),
    streamId: event.streamId,
    revision: Number(event.revision),
    position: encodeEventStoreDbPosition(event.position),
  };
}

function toMetadata(raw: unknown): EventMetadata {
  if (typeof raw !== 'object' || raw === null || raw instanceof Uint8Array || Array.isArray(raw)) {
    return {
      accountId: null,
      actor: 'unknown',
      correlationId: '',
      causationId: null,
      occurredAt: '',
      schemaVersion: 1,
    };
  }
  const metadata: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const key of SYSTEM_KEYS) delete metadata[key];
  return metadata as EventMetadata;
}
