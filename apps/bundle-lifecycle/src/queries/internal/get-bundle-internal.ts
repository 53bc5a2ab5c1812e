import type { GetBundleInternalReply, GetBundleInternalRequest } from '@compliance/contracts';
import type { BundleDeps } from '../../bundle-deps';
import { loadVisibleBundle } from '../../bundle/execute-bundle-command';
import { requireAccountId, requireBundleId } from '../../bundle/request-checks';
import { snapshotOf } from '../../domain/bundle.decider';

/** `bundles.get-bundle-internal`: the bundle now, from its stream, for number-assignment. */
export async function getBundleInternal(
  deps: BundleDeps,
  request: GetBundleInternalRequest,
): Promise<GetBundleInternalReply> {
  const bundle = await loadVisibleBundle(
    deps,
    requireBundleId(request?.bundleId),
    requireAccountId(request.accountId),
  );
  const { items, ...snapshot } = snapshotOf(bundle);
  return {
    ...snapshot,
    items: items.map(({ itemId, assetType, assetId }) => ({ itemId, assetType, assetId })),
  };
}
