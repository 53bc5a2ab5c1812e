import { ID_PREFIX, type EndUserView, type ListAssetsRequest } from '@compliance/contracts';
import type { IdentityDeps } from '../../identity-deps';
import { assetNotFound } from '../../domain/identity.errors';
import { requireAccountId, requireId } from '../../commands/shared/checks';
import { decodePageToken, pageSizeOf, pageOf } from '../../commands/shared/paging';
import type { EndUserRow } from '../assets/asset-rows';
import { END_USERS, findRow, listRows } from '../assets/asset-tables';
import { endUserView } from '../assets/asset-views';
import { assetStatuses } from '../bundle-view/bundle-view.repository';

export async function endUserViews(deps: IdentityDeps, rows: readonly EndUserRow[]): Promise<EndUserView[]> {
  const ids = rows.map((row) => row.endUserId);
  const [keys, statuses] = await Promise.all([deps.keys.existingKeys(ids), assetStatuses(deps.pool, ids)]);
  return rows.map((row) =>
    endUserView(deps.sealer, row, keys.get(row.endUserId), statuses.get(row.endUserId)!),
  );
}

export async function getEndUser(
  deps: IdentityDeps,
  request: { accountId: string; assetId: string },
): Promise<EndUserView> {
  const accountId = requireAccountId(request?.accountId);
  const endUserId = requireId(ID_PREFIX.endUser, request.assetId, 'end user');
  const row = await findRow(deps.pool, END_USERS, endUserId, { accountId });
  if (!row) throw assetNotFound('end user', endUserId);
  const [view] = await endUserViews(deps, [row]);
  return view!;
}

export async function listEndUsers(deps: IdentityDeps, request: ListAssetsRequest) {
  const accountId = requireAccountId(request?.accountId);
  const pageSize = pageSizeOf(request.pageSize);
  const rows = await listRows(
    deps.pool,
    END_USERS,
    accountId,
    decodePageToken(request.pageToken),
    pageSize + 1,
  );
  const page = pageOf(rows, pageSize, (row) => row.endUserId);
  return { data: await endUserViews(deps, page.rows), nextPageToken: page.nextPageToken };
}
