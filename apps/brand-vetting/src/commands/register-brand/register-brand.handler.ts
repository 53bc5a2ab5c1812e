import { isUlid, type BrandView, type RegisterBrandRequest } from '@compliance/contracts';
import {
  handleCommand,
  NotFoundError,
  ValidationError,
  type CommandMetadata,
} from '@compliance/event-sourcing';
import type { BrandVettingDeps } from '../../brand-vetting.deps';
import { brandStreamId } from '../../brand/brand.stream';
import { waitFor } from '../../brand/brand.loader';
import { toBrandInformation } from '../../domain/brand-information';
import { brandDecider } from '../../domain/brand.decider';
import { toBrandView } from '../../domain/brand.views';
import { findBrand } from '../../queries/brand/brand.repository';

/**
 * `brands.register-brand`: asks the registry for the identity status, then records the brand. The brand id comes
 * from the request's command id, so a resent request answers the brand it registered the first time.
 */
export async function registerBrand(
  deps: BrandVettingDeps,
  request: RegisterBrandRequest,
  metadata: CommandMetadata,
): Promise<BrandView> {
  if (
    typeof request?.commandId !== 'string' ||
    !isUlid(request.commandId) ||
    typeof request.accountId !== 'string'
  ) {
    throw new ValidationError([
      {
        field: 'commandId',
        code: 'INVALID_FORMAT',
        message: 'commandId must be a ULID and accountId given.',
      },
    ]);
  }
  const information = toBrandInformation(request.brand);
  const identityStatus = await deps.registry.verifyIdentity(information);
  const brandId = `brd_${request.commandId}`;
  const result = await handleCommand(deps.store, {
    streamId: brandStreamId(brandId),
    decider: brandDecider,
    command: {
      type: 'RegisterBrand',
      data: { brandId, accountId: request.accountId, information, identityStatus },
      metadata: { ...metadata, accountId: request.accountId },
    },
  });
  const brand = result.state;
  if (brand === null || brand.accountId !== request.accountId) throw new NotFoundError('brand', brandId);
  const revision = result.nextRevision;
  await waitFor(async () => {
    const row = await findBrand(deps.pool, brandId);
    return row !== null && row.revision >= revision ? row : null;
  }, deps.projectionWaitMs);
  return toBrandView(brand);
}
