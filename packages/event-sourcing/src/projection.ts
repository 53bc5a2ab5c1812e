/**
 * A read-model projection (CONVENTIONS.md 10): the event types it handles and how one row changes.
 * Returning null deletes the row. `evolve` must be idempotent: applying the same event twice gives the same row.
 */
export interface Projection<TRow, TEvent extends { type: string } = { type: string; data: unknown }> {
  readonly handles: readonly TEvent['type'][];
  evolve(row: TRow | null, event: TEvent): TRow | null;
}

export function projectionHandles<TEvent extends { type: string }>(
  projection: Pick<Projection<unknown, TEvent>, 'handles'>,
  event: { type: string },
): event is TEvent {
  return (projection.handles as readonly string[]).includes(event.type);
}
