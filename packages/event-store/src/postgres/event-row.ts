import type { EventMetadata, RecordedEvent } from '../event-store.port';
import { encodePostgresPosition } from './postgres-position';

/** A row of `event_store.events` as node-postgres returns it (bigint and xid8 as strings). */
export interface EventRow {
  position: string;
  transaction_id: string;
  stream_id: string;
  revision: string;
  event_id: string;
  type: string;
  data: unknown;
  metadata: EventMetadata;
}

export const EVENT_COLUMNS = 'position, transaction_id, stream_id, revision, event_id, type, data, metadata';

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    revision: Number(row.revision),
    position: encodePostgresPosition({
      transactionId: BigInt(row.transaction_id),
      sequence: BigInt(row.position),
    }),
  };
}
