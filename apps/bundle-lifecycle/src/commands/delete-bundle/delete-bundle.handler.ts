import type { BundleRequestRef } from '@compliance/contracts';
import type { CommandMetadata } from '@compliance/event-sourcing';
import type { BundleDeps } from '../../bundle-deps';
import { executeBundleCommand } from '../../bundle/execute-bundle-command';
import { accountOrNull, requireBundleId } from '../../bundle/request-checks';

/** `DELETE .../bundles/{id}`: DRAFT and REJECTED only (or a copy emptied by replaceItems), never with numbers. */
export async function deleteBundle(
  deps: BundleDeps,
  request: BundleRequestRef,
  metadata: CommandMetadata,
): Promise<{ deleted: true }> {
  const bundleId = requireBundleId(request?.bundleId);
  const accountId = accountOrNull(request.accountId);
  await executeBundleCommand(deps, { type: 'DeleteBundle', data: { bundleId, accountId }, metadata });
  return { deleted: true };
}
