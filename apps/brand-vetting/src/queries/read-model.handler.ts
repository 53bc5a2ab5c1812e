import type { RecordedEvent } from '@compliance/event-store';
import { projectionHandles } from '@compliance/event-sourcing';
import type { PoolClient } from '@compliance/postgres';
import { brandProjection, type BrandProjectionEvent } from './brand/brand.projection';
import { findBrand, saveBrand } from './brand/brand.repository';
import { vettingProjection } from './vetting/vetting.projection';
import { findVetting, saveVetting } from './vetting/vetting.repository';

function hasText(data: unknown, ...keys: string[]): data is Record<string, unknown> {
  if (typeof data !== 'object' || data === null) return false;
  return keys.every((key) => typeof (data as Record<string, unknown>)[key] === 'string');
}

/** One event of `brands.events` into the read models, inside the consumer's transaction. Never throws on bad data. */
export async function applyToBrandReadModels(event: RecordedEvent, client: PoolClient): Promise<void> {
  if (!hasText(event.data, 'brandId', 'accountId')) {
    if (projectionHandles(brandProjection, event) || projectionHandles(vettingProjection, event)) {
      console.warn(`brand-vetting: skipped malformed ${event.type} ${event.eventId} of ${event.streamId}`);
    }
    return;
  }
  const { brandId, accountId } = event.data as { brandId: string; accountId: string };
  const candidate: { type: string; data: unknown } = { type: event.type, data: event.data };
  if (projectionHandles(brandProjection, candidate)) {
    const before = await findBrand(client, brandId);
    const after = brandProjection.evolve(before?.view ?? null, candidate as BrandProjectionEvent);
    if (after !== null && after !== before?.view) await saveBrand(client, after, event.revision);
    return;
  }
  if (projectionHandles(vettingProjection, candidate)) {
    if (!hasText(event.data, 'vettingId')) return;
    const vettingId = (event.data as { vettingId: string }).vettingId;
    const before = await findVetting(client, brandId, vettingId);
    const after = vettingProjection.evolve(before, candidate);
    if (after !== null && after !== before) await saveVetting(client, accountId, after, event.revision);
  }
}
