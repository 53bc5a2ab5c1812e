import type { BundleView, ListReviewsRequest, PageView } from '@compliance/contracts';
import type { BundleDeps } from '../../bundle-deps';
import { decodePageToken, encodePageToken, invalid, pageSizeOf } from '../../bundle/request-checks';
import { toBundleView } from '../bundles/bundle.projection';
import { listReviewRows } from '../bundles/bundles.repository';

interface Cursor {
  v: string;
  id: string;
}

/** `GET /v1/admin/reviews`: PENDING_REVIEW and IN_REVIEW bundles of every account, oldest submission first. */
export async function listReviews(
  deps: BundleDeps,
  request: ListReviewsRequest,
): Promise<PageView<BundleView>> {
  const status = request?.status;
  if (status !== undefined && status !== 'PENDING_REVIEW' && status !== 'IN_REVIEW') {
    throw invalid('status', 'VALUE_NOT_ALLOWED', 'status is PENDING_REVIEW or IN_REVIEW.');
  }
  const limit = pageSizeOf(request.pageSize);
  const cursor = decodePageToken(request.pageToken, (v): v is Cursor => {
    const c = v as Partial<Cursor> | null;
    return typeof c?.v === 'string' && typeof c.id === 'string' && !Number.isNaN(Date.parse(c.v));
  });
  const rows = await listReviewRows(
    deps.pool,
    status ? [status] : ['PENDING_REVIEW', 'IN_REVIEW'],
    cursor && { value: cursor.v, bundleId: cursor.id },
    limit + 1,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    data: page.map(toBundleView),
    nextPageToken:
      rows.length > limit && last && last.submittedAt
        ? encodePageToken({ v: last.submittedAt, id: last.bundleId } satisfies Cursor)
        : null,
  };
}
