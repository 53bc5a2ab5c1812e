import { type BrandView, type RevetBrandRequest } from '@compliance/contracts';
import { handleCommand, NotFoundError, type CommandMetadata } from '@compliance/event-sourcing';
import type { BrandVettingDeps } from '../../brand-vetting.deps';
import { loadAccountBrand, waitFor } from '../../brand/brand.loader';
import { brandStreamId } from '../../brand/brand.stream';
import { RegistryError } from '../../domain/brand.errors';
import { brandDecider } from '../../domain/brand.decider';
import { toBrandView } from '../../domain/brand.views';
import { findBrand } from '../../queries/brand/brand.repository';

/** `brands.revet-brand`: only an UNVERIFIED brand (else 12210); the registry answers the new identity status. */
export async function revetBrand(
  deps: BrandVettingDeps,
  request: RevetBrandRequest,
  metadata: CommandMetadata,
): Promise<BrandView> {
  const { accountId, brandId, commandId } = request;
  const brand = await loadAccountBrand(deps.store, accountId, brandId);
  const repeated = brand.revetCommandIds.includes(commandId);
  // Refused before the registry is asked (and billed): the decider refuses it again on the state it appends to.
  if (!repeated && brand.identityStatus !== 'UNVERIFIED') {
    throw RegistryError.revetNotAllowed(brandId, brand.identityStatus);
  }
  const identityStatus = repeated
    ? brand.identityStatus
    : await deps.registry.revetIdentity(brand.information, brand.identityStatus);
  const result = await handleCommand(deps.store, {
    streamId: brandStreamId(brandId),
    decider: brandDecider,
    command: {
      type: 'RevetBrand',
      data: { brandId, commandId, accountId, identityStatus },
      metadata: { ...metadata, accountId },
    },
  });
  if (result.state === null) throw new NotFoundError('brand', brandId);
  const updatedAt = result.state.updatedAt;
  await waitFor(async () => {
    const row = await findBrand(deps.pool, brandId);
    return row !== null && row.view.updatedAt >= updatedAt ? row : null;
  }, deps.projectionWaitMs);
  return toBrandView(result.state);
}
