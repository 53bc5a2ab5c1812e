import { ID_PREFIX, type DocumentView, type ListAssetsRequest } from '@compliance/contracts';
import type { IdentityDeps } from '../../identity-deps';
import { assetNotFound } from '../../domain/identity.errors';
import { requireAccountId, requireId } from '../../commands/shared/checks';
import { decodePageToken, pageSizeOf, pageOf } from '../../commands/shared/paging';
import type { DocumentRow } from '../assets/asset-rows';
import { DOCUMENTS, findRow, listRows } from '../assets/asset-tables';
import { documentView } from '../assets/asset-views';
import { assetStatuses } from '../bundle-view/bundle-view.repository';

export async function documentViews(
  deps: IdentityDeps,
  rows: readonly DocumentRow[],
): Promise<DocumentView[]> {
  const [keys, statuses] = await Promise.all([
    deps.keys.existingKeys(rows.map((row) => row.subjectId)),
    assetStatuses(
      deps.pool,
      rows.map((row) => row.documentId),
    ),
  ]);
  return rows.map((row) =>
    documentView(deps.sealer, row, keys.get(row.subjectId), statuses.get(row.documentId)!),
  );
}

export async function findDocumentRow(
  deps: IdentityDeps,
  request: { accountId: string; assetId: string },
): Promise<DocumentRow> {
  const accountId = requireAccountId(request?.accountId);
  const documentId = requireId(ID_PREFIX.document, request.assetId, 'document');
  const row = await findRow(deps.pool, DOCUMENTS, documentId, { accountId });
  if (!row) throw assetNotFound('document', documentId);
  return row;
}

export async function getDocument(
  deps: IdentityDeps,
  request: { accountId: string; assetId: string },
): Promise<DocumentView> {
  const [view] = await documentViews(deps, [await findDocumentRow(deps, request)]);
  return view!;
}

export async function listDocuments(deps: IdentityDeps, request: ListAssetsRequest) {
  const accountId = requireAccountId(request?.accountId);
  const pageSize = pageSizeOf(request.pageSize);
  const rows = await listRows(
    deps.pool,
    DOCUMENTS,
    accountId,
    decodePageToken(request.pageToken),
    pageSize + 1,
  );
  const page = pageOf(rows, pageSize, (row) => row.documentId);
  return { data: await documentViews(deps, page.rows), nextPageToken: page.nextPageToken };
}
