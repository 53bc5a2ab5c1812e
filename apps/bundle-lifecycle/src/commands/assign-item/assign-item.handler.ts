import {
  BUNDLE_ASSET_TYPES,
  ID_PREFIX,
  type AssignItemRequest,
  type BundleItemView,
} from '@compliance/contracts';
import { NotFoundError, type CommandMetadata } from '@compliance/event-sourcing';
import type { BundleDeps } from '../../bundle-deps';
import { toItemView } from '../../bundle/bundle-view';
import { executeBundleCommand, loadVisibleBundle, requireState } from '../../bundle/execute-bundle-command';
import { accountOrNull, invalid, requireBundleId, requireId } from '../../bundle/request-checks';
import { notEditable } from '../../domain/bundle.errors';
import { isEditable } from '../../domain/bundle.state';

const ASSET_PREFIX = {
  END_USER: ID_PREFIX.endUser,
  ADDRESS: ID_PREFIX.address,
  DOCUMENT: ID_PREFIX.document,
} as const;

/**
 * `POST .../items`: the asset must exist in the bundle's account (identity-assets says which are missing: 404);
 * the decider keeps the rest (DRAFT or REJECTED only, one end user, no asset twice).
 */
export async function assignItem(
  deps: BundleDeps,
  request: AssignItemRequest,
  metadata: CommandMetadata,
): Promise<BundleItemView> {
  const bundleId = requireBundleId(request?.bundleId);
  const accountId = accountOrNull(request.accountId);
  const itemId = requireId(ID_PREFIX.item, request.itemId, 'item');
  const { assetType } = request;
  if (!(BUNDLE_ASSET_TYPES as readonly unknown[]).includes(assetType)) {
    throw invalid(
      'assetType',
      'VALUE_NOT_ALLOWED',
      `assetType must be one of ${BUNDLE_ASSET_TYPES.join(', ')}.`,
    );
  }
  const assetId = requireId(
    ASSET_PREFIX[assetType],
    request.assetId,
    assetType.toLowerCase().replace('_', ' '),
  );
  const bundle = await loadVisibleBundle(deps, bundleId, accountId);
  const existing = bundle.items.find((i) => i.itemId === itemId);
  if (existing) return toItemView(existing);
  // Cheap refusals first: no need to ask identity-assets about an asset that could not be assigned anyway.
  if (!isEditable(bundle.status)) throw notEditable(bundle.status);
  const found = await deps.identity.getAssetsForEvaluation(
    { accountId: bundle.accountId, assets: [{ assetType, assetId }] },
    metadata,
  );
  if (found.missing.length > 0) throw new NotFoundError(assetType.toLowerCase().replace('_', ' '), assetId);
  const { state } = await executeBundleCommand(deps, {
    type: 'AssignItem',
    data: { bundleId, accountId, item: { itemId, assetType, assetId } },
    metadata,
  });
  const item = requireState(state, bundleId).items.find((i) => i.itemId === itemId);
  if (!item) throw new NotFoundError('item', itemId);
  return toItemView(item);
}
