import type { RecordedEvent } from '@compliance/event-store';
import { projectionHandles } from '@compliance/event-sourcing';
import type { PoolClient } from '@compliance/postgres';
import {
  isWellFormedVersion,
  regulationVersionProjection,
  type RegulationProjectionEvent,
} from './regulation-version.projection';
import { findVersion, insertVersion } from './regulation.repository';

/** One event into `catalog.regulation_versions`, inside the consumer's transaction. */
export async function applyToCatalogReadModel(event: RecordedEvent, client: PoolClient): Promise<void> {
  if (!projectionHandles(regulationVersionProjection, event)) return;
  if (!isWellFormedVersion(event.data)) {
    console.warn(`catalog: skipped malformed ${event.type} ${event.eventId} of ${event.streamId}`);
    return;
  }
  const candidate: RegulationProjectionEvent = { type: 'RegulationVersionPublished', data: event.data };
  const before = await findVersion(client, candidate.data.regulationId, candidate.data.version);
  const after = regulationVersionProjection.evolve(before, candidate);
  if (after !== null && after !== before) await insertVersion(client, after);
}
