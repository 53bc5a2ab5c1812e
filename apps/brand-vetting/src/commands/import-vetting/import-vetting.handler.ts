import type { ImportVettingRequest, VettingView } from '@compliance/contracts';
import { handleCommand, ValidationError, type CommandMetadata } from '@compliance/event-sourcing';
import type { BrandVettingDeps } from '../../brand-vetting.deps';
import { loadAccountBrand, waitFor } from '../../brand/brand.loader';
import { brandStreamId } from '../../brand/brand.stream';
import { brandDecider } from '../../domain/brand.decider';
import { toVettingView } from '../../domain/brand.views';
import { findVetting } from '../../queries/vetting/vetting.repository';

/** `brands.import-vetting`: a record the provider holds joins the brand as it stands there; unknown ones are refused. */
export async function importVetting(
  deps: BrandVettingDeps,
  request: ImportVettingRequest,
  metadata: CommandMetadata,
): Promise<VettingView> {
  const { accountId, brandId, evpId, vettingId, vettingToken } = request;
  await loadAccountBrand(deps.store, accountId, brandId);
  if (evpId === 'AEGIS' && !vettingToken) {
    throw new ValidationError([
      { field: 'vettingToken', code: 'REQUIRED', message: 'vettingToken is required for AEGIS records.' },
    ]);
  }
  const lookup = await deps.provider.lookup(evpId, vettingId, vettingToken);
  if (!lookup.found) {
    throw new ValidationError([
      lookup.reason === 'UNKNOWN_RECORD'
        ? {
            field: 'vettingId',
            code: 'UNKNOWN_VETTING_RECORD',
            message: `${evpId} holds no vetting record ${vettingId}.`,
          }
        : { field: 'vettingToken', code: 'INVALID_TOKEN', message: `${evpId} refused the vetting token.` },
    ]);
  }
  const result = await handleCommand(deps.store, {
    streamId: brandStreamId(brandId),
    decider: brandDecider,
    command: {
      type: 'ImportVetting',
      data: { brandId, accountId, evpId, record: lookup.record },
      metadata: { ...metadata, accountId },
    },
  });
  const vetting = result.state?.vettings.find((v) => v.vettingId === vettingId);
  if (!vetting) throw new Error(`vetting ${vettingId} missing after its import`);
  await waitFor(() => findVetting(deps.pool, brandId, vettingId), deps.projectionWaitMs);
  return toVettingView(brandId, vetting);
}
