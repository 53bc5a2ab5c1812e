import { toStreamId } from '@compliance/event-sourcing';

/** Streams `regulation-<regulationId>`; the relay publishes this category on `catalog.events`. */
export const REGULATION_STREAM_CATEGORY = 'regulation';

export function regulationStreamId(regulationId: string): string {
  return toStreamId(REGULATION_STREAM_CATEGORY, regulationId);
}
