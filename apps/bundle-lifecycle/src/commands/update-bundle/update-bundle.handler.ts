import { ID_PREFIX, type BundleView, type UpdateBundleRequest } from '@compliance/contracts';
import type { CommandMetadata } from '@compliance/event-sourcing';
import type { BundleDeps } from '../../bundle-deps';
import { toView } from '../../bundle/bundle-view';
import { executeBundleCommand, loadVisibleBundle, requireState } from '../../bundle/execute-bundle-command';
import { accountOrNull, invalid, requireBundleId, requireId } from '../../bundle/request-checks';
import { acknowledgementRequired, evaluationFailed, invalidTransition } from '../../domain/bundle.errors';
import { isEditable } from '../../domain/bundle.state';
import { detailsOf } from '../create-bundle/bundle-details';
import { runEvaluation } from '../evaluate-bundle/run-evaluation';

/**
 * `PATCH .../bundles/{id}`: metadata in any status; `status: PENDING_REVIEW` submits. Every check of a submit
 * (status, acknowledgement, a fresh compliant evaluation) runs before anything is written, so a refused PATCH changes
 * nothing, metadata included.
 */
export async function updateBundle(
  deps: BundleDeps,
  request: UpdateBundleRequest,
  metadata: CommandMetadata,
): Promise<BundleView> {
  const bundleId = requireBundleId(request?.bundleId);
  const accountId = accountOrNull(request.accountId);
  const changes = detailsOf(request, false);
  if (request.status !== undefined && request.status !== 'PENDING_REVIEW') {
    throw invalid('status', 'VALUE_NOT_ALLOWED', 'status can only be set to PENDING_REVIEW (submit).');
  }
  const bundle = await loadVisibleBundle(deps, bundleId, accountId);
  let submit: (() => Promise<unknown>) | null = null;
  const resubmitted =
    request.status === 'PENDING_REVIEW' &&
    !isEditable(bundle.status) &&
    bundle.evaluations.some((e) => e.evaluationId === request.evaluationId);
  if (resubmitted) return toView(bundle); // the same submit again (a retried request)
  if (request.status === 'PENDING_REVIEW') {
    if (!isEditable(bundle.status)) {
      throw invalidTransition(
        bundle.status,
        'PENDING_REVIEW',
        'only DRAFT and REJECTED bundles can be submitted.',
      );
    }
    const allDetailsAccurate = request.acknowledgements?.allDetailsAccurate === true;
    if (!allDetailsAccurate) throw acknowledgementRequired();
    const evaluationId = requireId(ID_PREFIX.evaluation, request.evaluationId, 'evaluation');
    const evaluation = await runEvaluation(deps, bundle, evaluationId, metadata);
    // Refused here, with the evaluation, before the metadata is touched.
    if (evaluation.status !== 'COMPLIANT') throw evaluationFailed(evaluation);
    submit = () =>
      executeBundleCommand(deps, {
        type: 'SubmitBundle',
        data: { bundleId, accountId, allDetailsAccurate, evaluation },
        metadata,
      });
  }
  let { state } = await executeBundleCommand(deps, {
    type: 'UpdateBundleDetails',
    data: { bundleId, accountId, changes },
    metadata,
  });
  if (submit) {
    ({ state } = (await submit()) as Awaited<ReturnType<typeof executeBundleCommand>>);
  }
  return toView(requireState(state, bundleId));
}
