import { isUlid, type RequestVettingRequest, type VettingView } from '@compliance/contracts';
import { handleCommand, ValidationError, type CommandMetadata } from '@compliance/event-sourcing';
import type { BrandVettingDeps } from '../../brand-vetting.deps';
import { loadAccountBrand, waitFor } from '../../brand/brand.loader';
import { brandStreamId } from '../../brand/brand.stream';
import { brandDecider } from '../../domain/brand.decider';
import { toVettingView } from '../../domain/brand.views';
import { findVetting } from '../../queries/vetting/vetting.repository';

/**
 * `brands.request-vetting`: records a PENDING vetting (`vet_<commandId>`); the completion poller asks the provider
 * until it answers. The same (evpId, vettingClass) on unchanged brand information is refused with 12185 / 525.
 */
export async function requestVetting(
  deps: BrandVettingDeps,
  request: RequestVettingRequest,
  metadata: CommandMetadata,
): Promise<VettingView> {
  const { accountId, brandId, commandId, evpId, vettingClass } = request;
  if (typeof commandId !== 'string' || !isUlid(commandId)) {
    throw new ValidationError([
      { field: 'commandId', code: 'INVALID_FORMAT', message: 'commandId must be a ULID.' },
    ]);
  }
  await loadAccountBrand(deps.store, accountId, brandId);
  const vettingId = `vet_${commandId}`;
  const result = await handleCommand(deps.store, {
    streamId: brandStreamId(brandId),
    decider: brandDecider,
    command: {
      type: 'RequestVetting',
      data: { brandId, accountId, vettingId, evpId, vettingClass },
      metadata: { ...metadata, accountId },
    },
  });
  const vetting = result.state?.vettings.find((v) => v.vettingId === vettingId);
  if (!vetting) throw new Error(`vetting ${vettingId} missing after its request`);
  await waitFor(() => findVetting(deps.pool, brandId, vettingId), deps.projectionWaitMs);
  return toVettingView(brandId, vetting);
}
