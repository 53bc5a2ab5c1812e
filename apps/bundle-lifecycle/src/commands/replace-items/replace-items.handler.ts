import { ID_PREFIX, type BundleView, type ReplaceItemsRequest } from '@compliance/contracts';
import type { CommandMetadata } from '@compliance/event-sourcing';
import type { BundleDeps } from '../../bundle-deps';
import { toView } from '../../bundle/bundle-view';
import { executeBundleCommand, loadVisibleBundle, requireState } from '../../bundle/execute-bundle-command';
import { accountOrNull, requireBundleId, requireId } from '../../bundle/request-checks';

/**
 * `POST .../replaceItems`: the original (APPROVED) takes the items and regulation version of its APPROVED copy and
 * loses its validUntil; then the copy hands its items over and is left empty (deletable). Two streams, two appends:
 * each step is idempotent, so a retry after a failure in between completes the move.
 */
export async function replaceItems(
  deps: BundleDeps,
  request: ReplaceItemsRequest,
  metadata: CommandMetadata,
): Promise<BundleView> {
  const bundleId = requireBundleId(request?.bundleId);
  const accountId = accountOrNull(request.accountId);
  const fromBundleId = requireId(ID_PREFIX.bundle, request.fromBundleId, 'bundle');
  const original = await loadVisibleBundle(deps, bundleId, accountId);
  const copy = await loadVisibleBundle(deps, fromBundleId, original.accountId);
  const { state } = await executeBundleCommand(deps, {
    type: 'ReplaceItems',
    data: {
      bundleId,
      accountId,
      from: {
        bundleId: copy.bundleId,
        accountId: copy.accountId,
        status: copy.status,
        copiedFrom: copy.copiedFrom,
        regulationVersion: copy.regulationVersion,
        items: copy.items,
      },
    },
    metadata,
  });
  await executeBundleCommand(deps, {
    type: 'HandOverItems',
    data: { bundleId: fromBundleId, accountId, toBundleId: bundleId },
    metadata,
  });
  return toView(requireState(state, bundleId));
}
