import type { HistoryEntryView, ListForBundleRequest, PageView } from '@compliance/contracts';
import type { BundleDeps } from '../../bundle-deps';
import { bundleStreamId } from '../../bundle/bundle.stream';
import { loadVisibleBundle } from '../../bundle/execute-bundle-command';
import { accountOrNull, pageOf, pageSizeOf, requireBundleId } from '../../bundle/request-checks';
import { toHistoryEntry } from './bundle-history';

/** `GET .../history`: the bundle's events in stream order, with actor and time. */
export async function getHistory(
  deps: BundleDeps,
  request: ListForBundleRequest,
): Promise<PageView<HistoryEntryView>> {
  const bundleId = requireBundleId(request?.bundleId);
  await loadVisibleBundle(deps, bundleId, accountOrNull(request.accountId));
  const events = await deps.store.readStream(bundleStreamId(bundleId));
  return pageOf(events.map(toHistoryEntry), pageSizeOf(request.pageSize), request.pageToken);
}
