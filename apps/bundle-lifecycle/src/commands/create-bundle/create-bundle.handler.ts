import {
  ID_PREFIX,
  type BundleView,
  type CreateBundleRequest,
  type RegulationView,
} from '@compliance/contracts';
import { NotFoundError, type CommandMetadata } from '@compliance/event-sourcing';
import type { BundleDeps } from '../../bundle-deps';
import { toView } from '../../bundle/bundle-view';
import { executeBundleCommand, requireState } from '../../bundle/execute-bundle-command';
import { requireAccountId, requireId } from '../../bundle/request-checks';
import { detailsOf } from './bundle-details';

/** `POST .../bundles`: a DRAFT on the latest version of the named regulation (by id, or by country and types). */
export async function createBundle(
  deps: BundleDeps,
  request: CreateBundleRequest,
  metadata: CommandMetadata,
): Promise<BundleView> {
  const bundleId = requireId(ID_PREFIX.bundle, request?.bundleId, 'bundle');
  const accountId = requireAccountId(request.accountId);
  const details = detailsOf(request, true);
  const regulation = await resolveRegulation(deps, request, metadata);
  const { state } = await executeBundleCommand(deps, {
    type: 'CreateBundle',
    data: {
      bundleId,
      accountId,
      regulation: {
        regulationId: regulation.regulationId,
        version: regulation.version,
        country: regulation.country,
        numberType: regulation.numberType,
        endUserType: regulation.endUserType,
      },
      details: {
        friendlyName: details.friendlyName!,
        email: details.email!,
        statusCallback: details.statusCallback ?? null,
        customReference: details.customReference ?? null,
      },
      copiedFrom: null,
      items: [],
    },
    metadata,
  });
  return toView(requireState(state, bundleId));
}

async function resolveRegulation(
  deps: BundleDeps,
  request: CreateBundleRequest,
  metadata: CommandMetadata,
): Promise<RegulationView> {
  if (typeof request.regulationId === 'string') {
    requireId(ID_PREFIX.regulation, request.regulationId, 'regulation');
    return deps.catalog.getRegulation(request.regulationId, metadata);
  }
  const { country, numberType, endUserType } = request;
  const found = await deps.catalog.findRequirements(
    { country: country ?? '', numberType: numberType ?? '', endUserType: endUserType ?? '' },
    metadata,
  );
  const [regulation] = found;
  if (!regulation || found.length > 1) {
    throw new NotFoundError('regulation', `${String(country)}/${String(numberType)}/${String(endUserType)}`);
  }
  return regulation;
}
