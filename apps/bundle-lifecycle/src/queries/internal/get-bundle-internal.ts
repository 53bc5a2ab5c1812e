import type { GetBundleInternalReply, GetBundleInternalRequest } from '@compliance/contracts';
import { loadAggregate } from '@compliance/event-sourcing';
import type { BundleDeps } from '../../bundle-deps';
import { bundleStreamId } from '../../bundle/bundle.stream';
import { requireAccountId, requireBundleId } from '../../bundle/request-checks';
import { bundleDecider, snapshotOf } from '../../domain/bundle.decider';
import { bundleNotFound } from '../../domain/bundle.errors';

/** `bundles.get-bundle-internal`: the bundle now, from its stream, with the revision it was read at. */
export async function getBundleInternal(
  deps: BundleDeps,
  request: GetBundleInternalRequest,
): Promise<GetBundleInternalReply> {
  const bundleId = requireBundleId(request?.bundleId);
  const accountId = requireAccountId(request.accountId);
  const { state, revision } = await loadAggregate(deps.store, bundleStreamId(bundleId), bundleDecider);
  if (state === null || state.deleted || state.accountId !== accountId || revision === 'NO_STREAM') {
    throw bundleNotFound(bundleId);
  }
  const { items, ...snapshot } = snapshotOf(state);
  return {
    ...snapshot,
    items: items.map(({ itemId, assetType, assetId }) => ({ itemId, assetType, assetId })),
    revision,
  };
}
