import { ID_PREFIX, newId, type BundleView, type CreateCopyRequest } from '@compliance/contracts';
import type { CommandMetadata } from '@compliance/event-sourcing';
import type { BundleDeps } from '../../bundle-deps';
import { toView } from '../../bundle/bundle-view';
import { executeBundleCommand, loadVisibleBundle, requireState } from '../../bundle/execute-bundle-command';
import { accountOrNull, invalid, requireBundleId, requireId } from '../../bundle/request-checks';
import type { BundleItem } from '../../domain/bundle.events';

/**
 * `POST .../copies`: a DRAFT holding new copies of every asset of the original (identity-assets copies them under
 * the copy's id as command id, so a retried request copies nothing twice), to be edited while the original stays.
 */
export async function copyBundle(
  deps: BundleDeps,
  request: CreateCopyRequest,
  metadata: CommandMetadata,
): Promise<BundleView> {
  const bundleId = requireBundleId(request?.bundleId);
  const accountId = accountOrNull(request.accountId);
  const copyBundleId = requireId(ID_PREFIX.bundle, request.copyBundleId, 'bundle');
  const friendlyName = request.friendlyName;
  if (
    friendlyName !== undefined &&
    (typeof friendlyName !== 'string' || friendlyName.trim() === '' || friendlyName.length > 200)
  ) {
    throw invalid('friendlyName', 'INVALID', 'friendlyName is a text of 1 to 200 characters.');
  }
  const original = await loadVisibleBundle(deps, bundleId, accountId);
  let items: BundleItem[] = [];
  if (original.items.length > 0) {
    const { copies } = await deps.identity.copyAssets(
      {
        commandId: copyBundleId.slice(ID_PREFIX.bundle.length),
        accountId: original.accountId,
        assets: original.items.map(({ assetType, assetId }) => ({ assetType, assetId })),
      },
      metadata,
    );
    const now = metadata.now.toISOString();
    items = original.items.map((item) => {
      const copy = copies.find((c) => c.sourceAssetId === item.assetId && c.assetType === item.assetType);
      if (!copy) throw new Error(`identity-assets returned no copy of ${item.assetId}`);
      return {
        itemId: newId(ID_PREFIX.item),
        assetType: item.assetType,
        assetId: copy.assetId,
        createdAt: now,
      };
    });
  }
  const { state } = await executeBundleCommand(deps, {
    type: 'CreateBundle',
    data: {
      bundleId: copyBundleId,
      accountId: original.accountId,
      regulation: {
        regulationId: original.regulationId,
        version: original.regulationVersion,
        country: original.country,
        numberType: original.numberType,
        endUserType: original.endUserType,
      },
      details: {
        friendlyName: friendlyName ?? original.friendlyName,
        email: original.email,
        statusCallback: original.statusCallback,
        customReference: original.customReference,
      },
      copiedFrom: original.bundleId,
      items,
    },
    metadata,
  });
  return toView(requireState(state, copyBundleId));
}
