import type { RemoveItemRequest } from '@compliance/contracts';
import type { CommandMetadata } from '@compliance/event-sourcing';
import type { BundleDeps } from '../../bundle-deps';
import { executeBundleCommand } from '../../bundle/execute-bundle-command';
import { accountOrNull, requireBundleId } from '../../bundle/request-checks';

/** `DELETE .../items/{itemId}`: DRAFT or REJECTED only. */
export async function removeItem(
  deps: BundleDeps,
  request: RemoveItemRequest,
  metadata: CommandMetadata,
): Promise<{ removed: true }> {
  const bundleId = requireBundleId(request?.bundleId);
  const accountId = accountOrNull(request.accountId);
  const itemId = typeof request.itemId === 'string' ? request.itemId.slice(0, 64) : '';
  await executeBundleCommand(deps, { type: 'RemoveItem', data: { bundleId, accountId, itemId }, metadata });
  return { removed: true };
}
