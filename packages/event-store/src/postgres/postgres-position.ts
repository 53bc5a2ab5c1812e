import { START, type GlobalPosition } from '../event-store.port';

/**
 * A place in the PostgreSQL global order: the appending transaction's id, then the row's sequence number.
 * Encoded as `"<transactionId>:<sequence>"`; START decodes to null (before everything).
 */
export interface PostgresPosition {
  transactionId: bigint;
  sequence: bigint;
}

const ENCODED = /^(\d{1,20}):(\d{1,20})$/;

export function encodePostgresPosition(position: PostgresPosition): GlobalPosition {
  return `${position.transactionId.toString()}:${position.sequence.toString()}`;
}

export function decodePostgresPosition(position: GlobalPosition): PostgresPosition | null {
  if (position === START) return null;
  const match = ENCODED.exec(position);
  if (!match?.[1] || !match[2]) {
    throw new TypeError(`not a PostgreSQL event-store position: ${JSON.stringify(position)}`);
  }
  return { transactionId: BigInt(match[1]), sequence: BigInt(match[2]) };
}
