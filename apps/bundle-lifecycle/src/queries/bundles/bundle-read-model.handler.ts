import type { RecordedEvent } from '@compliance/event-store';
import { projectionHandles } from '@compliance/event-sourcing';
import type { PoolClient } from '@compliance/postgres';
import { bundleProjection, type BundleProjectionEvent } from './bundle.projection';
import { findBundleRow, saveBundleRow } from './bundles.repository';

/** One event of `bundles.events` into `bundles.bundles`, inside the consumer's transaction. */
export async function applyToBundleReadModel(event: RecordedEvent, client: PoolClient): Promise<void> {
  if (!projectionHandles(bundleProjection, event)) return;
  const data = event.data as { bundleId?: unknown };
  if (typeof data !== 'object' || data === null || typeof data.bundleId !== 'string') {
    console.warn(`bundle-lifecycle: skipped malformed ${event.type} ${event.eventId} of ${event.streamId}`);
    return;
  }
  const before = await findBundleRow(client, data.bundleId);
  const after = bundleProjection.evolve(before, {
    type: event.type,
    data: event.data,
    revision: event.revision,
  } as BundleProjectionEvent);
  if (after !== null && after !== before) await saveBundleRow(client, after);
}
