import type { BundleRequestRef, BundleView, DecideBundleRequest } from '@compliance/contracts';
import type { CommandMetadata } from '@compliance/event-sourcing';
import type { BundleDeps } from '../../bundle-deps';
import { toView } from '../../bundle/bundle-view';
import { executeBundleCommand, requireState } from '../../bundle/execute-bundle-command';
import { invalid, requireBundleId } from '../../bundle/request-checks';

/** `POST /v1/admin/bundles/{id}/claim` (REVIEWER, ADMIN): PENDING_REVIEW → IN_REVIEW, any account. */
export async function claimBundle(
  deps: BundleDeps,
  request: BundleRequestRef,
  metadata: CommandMetadata,
): Promise<BundleView> {
  const bundleId = requireBundleId(request?.bundleId);
  const { state } = await executeBundleCommand(deps, {
    type: 'ClaimBundle',
    data: { bundleId, accountId: null },
    metadata,
  });
  return toView(requireState(state, bundleId));
}

/** `POST /v1/admin/bundles/{id}/decision`: APPROVE, or REJECT with remarks and per-item reasons. */
export async function decideBundle(
  deps: BundleDeps,
  request: DecideBundleRequest,
  metadata: CommandMetadata,
): Promise<BundleView> {
  const bundleId = requireBundleId(request?.bundleId);
  const { decision } = request;
  if (decision !== 'APPROVE' && decision !== 'REJECT') {
    throw invalid('decision', 'VALUE_NOT_ALLOWED', 'decision is APPROVE or REJECT.');
  }
  const remarks =
    typeof request.remarks === 'string' && request.remarks.trim() !== '' ? request.remarks : null;
  const itemFailures = Array.isArray(request.itemFailures) ? request.itemFailures : [];
  itemFailures.forEach((failure, index) => {
    if (
      typeof failure?.itemId !== 'string' ||
      typeof failure.failureReason !== 'string' ||
      failure.failureReason.trim() === ''
    ) {
      throw invalid(
        `itemFailures[${index}]`,
        'INVALID',
        'Each item failure names an itemId and a failureReason.',
      );
    }
  });
  const { state } = await executeBundleCommand(deps, {
    type: 'DecideBundle',
    data: { bundleId, accountId: null, decision, remarks, itemFailures },
    metadata,
  });
  return toView(requireState(state, bundleId));
}
