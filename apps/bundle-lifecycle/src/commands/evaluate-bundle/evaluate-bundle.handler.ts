import { ID_PREFIX, type CreateEvaluationRequest, type EvaluationView } from '@compliance/contracts';
import type { CommandMetadata } from '@compliance/event-sourcing';
import type { BundleDeps } from '../../bundle-deps';
import { executeBundleCommand, loadVisibleBundle } from '../../bundle/execute-bundle-command';
import { accountOrNull, requireBundleId, requireId } from '../../bundle/request-checks';
import { runEvaluation } from './run-evaluation';

/** `POST .../evaluations`: evaluates the bundle against the latest version of its regulation and stores the result. */
export async function createEvaluation(
  deps: BundleDeps,
  request: CreateEvaluationRequest,
  metadata: CommandMetadata,
): Promise<EvaluationView> {
  const bundleId = requireBundleId(request?.bundleId);
  const accountId = accountOrNull(request.accountId);
  const evaluationId = requireId(ID_PREFIX.evaluation, request.evaluationId, 'evaluation');
  const bundle = await loadVisibleBundle(deps, bundleId, accountId);
  const already = bundle.evaluations.find((e) => e.evaluationId === evaluationId);
  if (already) return already;
  const evaluation = await runEvaluation(deps, bundle, evaluationId, metadata);
  await executeBundleCommand(deps, {
    type: 'RecordEvaluation',
    data: { bundleId, accountId, evaluation },
    metadata,
  });
  return evaluation;
}
