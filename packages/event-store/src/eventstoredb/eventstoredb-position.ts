import { START, type GlobalPosition } from '../event-store.port';

/** An EventStoreDB log position, encoded as `"<commit>/<prepare>"`; START decodes to null. */
export interface EventStoreDbPosition {
  commit: bigint;
  prepare: bigint;
}

const ENCODED = /^(\d{1,20})\/(\d{1,20})$/;

export function encodeEventStoreDbPosition(position: EventStoreDbPosition): GlobalPosition {
  return `${position.commit.toString()}/${position.prepare.toString()}`;
}

export function decodeEventStoreDbPosition(position: GlobalPosition): EventStoreDbPosition | null {
  if (position === START) return null;
  const match = ENCODED.exec(position);
  if (!match?.[1] || !match[2]) {
    throw new TypeError(`not an EventStoreDB position: ${JSON.stringify(position)}`);
  }
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}
