import type {
  EvaluationView,
  GetEvaluationRequest,
  ListForBundleRequest,
  PageView,
} from '@compliance/contracts';
import { NotFoundError } from '@compliance/event-sourcing';
import type { BundleDeps } from '../../bundle-deps';
import { loadVisibleBundle } from '../../bundle/execute-bundle-command';
import { accountOrNull, pageOf, pageSizeOf, requireBundleId } from '../../bundle/request-checks';

/** Evaluations are events of the bundle's stream: listed newest first. */
export async function listEvaluations(
  deps: BundleDeps,
  request: ListForBundleRequest,
): Promise<PageView<EvaluationView>> {
  const bundle = await loadVisibleBundle(
    deps,
    requireBundleId(request?.bundleId),
    accountOrNull(request.accountId),
  );
  return pageOf([...bundle.evaluations].reverse(), pageSizeOf(request.pageSize), request.pageToken);
}

export async function getEvaluation(
  deps: BundleDeps,
  request: GetEvaluationRequest,
): Promise<EvaluationView> {
  const bundle = await loadVisibleBundle(
    deps,
    requireBundleId(request?.bundleId),
    accountOrNull(request.accountId),
  );
  const found = bundle.evaluations.find((e) => e.evaluationId === request.evaluationId);
  if (!found) throw new NotFoundError('evaluation', String(request.evaluationId).slice(0, 64));
  return found;
}
