import { ID_PREFIX, type AddressView, type ListAssetsRequest } from '@compliance/contracts';
import type { IdentityDeps } from '../../identity-deps';
import { assetNotFound } from '../../domain/identity.errors';
import { requireAccountId, requireId } from '../../commands/shared/checks';
import { decodePageToken, pageSizeOf, pageOf } from '../../commands/shared/paging';
import type { AddressRow } from '../assets/asset-rows';
import { ADDRESSES, findRow, listRows } from '../assets/asset-tables';
import { addressView } from '../assets/asset-views';
import { assetStatuses } from '../bundle-view/bundle-view.repository';

export async function addressViews(deps: IdentityDeps, rows: readonly AddressRow[]): Promise<AddressView[]> {
  const [keys, statuses] = await Promise.all([
    deps.keys.existingKeys(rows.map((row) => row.subjectId)),
    assetStatuses(
      deps.pool,
      rows.map((row) => row.addressId),
    ),
  ]);
  return rows.map((row) =>
    addressView(deps.sealer, row, keys.get(row.subjectId), statuses.get(row.addressId)!),
  );
}

export async function getAddress(
  deps: IdentityDeps,
  request: { accountId: string; assetId: string },
): Promise<AddressView> {
  const accountId = requireAccountId(request?.accountId);
  const addressId = requireId(ID_PREFIX.address, request.assetId, 'address');
  const row = await findRow(deps.pool, ADDRESSES, addressId, { accountId });
  if (!row) throw assetNotFound('address', addressId);
  const [view] = await addressViews(deps, [row]);
  return view!;
}

export async function listAddresses(deps: IdentityDeps, request: ListAssetsRequest) {
  const accountId = requireAccountId(request?.accountId);
  const pageSize = pageSizeOf(request.pageSize);
  const rows = await listRows(
    deps.pool,
    ADDRESSES,
    accountId,
    decodePageToken(request.pageToken),
    pageSize + 1,
  );
  const page = pageOf(rows, pageSize, (row) => row.addressId);
  return { data: await addressViews(deps, page.rows), nextPageToken: page.nextPageToken };
}
