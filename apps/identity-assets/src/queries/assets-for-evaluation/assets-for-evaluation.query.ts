import {
  ERASED_MARKER,
  type AssetRef,
  type EvaluationAddress,
  type EvaluationDocument,
  type EvaluationEndUser,
  type GetAssetsForEvaluationReply,
  type GetAssetsForEvaluationRequest,
} from '@compliance/contracts';
import { ValidationError } from '@compliance/event-sourcing';
import { requireAccountId } from '../../commands/shared/checks';
import type { IdentityDeps } from '../../identity-deps';
import type { AddressSecret, DocumentSecret, EndUserSecret } from '../../sealing/asset-secrets';
import { ADDRESSES, DOCUMENTS, END_USERS, findRows } from '../assets/asset-tables';

const MAX_ASSETS = 100;

/**
 * `identity.get-assets-for-evaluation` (internal, bundle-lifecycle): the named assets of ONE account, decrypted.
 * Unknown, deleted, or another account's assets are listed in `missing`; erased ones come with `erased: true` and no
 * personal value.
 */
export async function getAssetsForEvaluation(
  deps: IdentityDeps,
  request: GetAssetsForEvaluationRequest,
): Promise<GetAssetsForEvaluationReply> {
  const accountId = requireAccountId(request?.accountId);
  const assets = Array.isArray(request.assets) ? request.assets : [];
  if (assets.length > MAX_ASSETS) {
    throw new ValidationError([
      { field: 'assets', code: 'TOO_LONG', message: `At most ${MAX_ASSETS} assets at once.` },
    ]);
  }
  const idsOf = (type: AssetRef['assetType']) =>
    assets.filter((a) => a?.assetType === type && typeof a.assetId === 'string').map((a) => a.assetId);
  const [endUserRows, addressRows, documentRows] = await Promise.all([
    findRows(deps.pool, END_USERS, accountId, idsOf('END_USER')),
    findRows(deps.pool, ADDRESSES, accountId, idsOf('ADDRESS')),
    findRows(deps.pool, DOCUMENTS, accountId, idsOf('DOCUMENT')),
  ]);
  const keys = await deps.keys.existingKeys([
    ...endUserRows.map((r) => r.endUserId),
    ...addressRows.map((r) => r.subjectId),
    ...documentRows.map((r) => r.subjectId),
  ]);
  const open = <T>(subjectId: string, sealed: string | null, assetId: string): T | null => {
    const key = keys.get(subjectId);
    return key && sealed !== null ? deps.sealer.open<T>(key, sealed, assetId) : null;
  };

  const endUsers: EvaluationEndUser[] = endUserRows.map((row) => {
    const secret = open<EndUserSecret>(row.endUserId, row.sealed, row.endUserId);
    return {
      endUserId: row.endUserId,
      type: row.endUserType,
      erased: secret === null,
      fields: { ...(secret?.fields ?? {}) },
    };
  });
  const addresses: EvaluationAddress[] = addressRows.map((row) => {
    const secret = open<AddressSecret>(row.subjectId, row.sealed, row.addressId);
    return {
      addressId: row.addressId,
      erased: secret === null,
      customerName: secret?.customerName ?? ERASED_MARKER,
      street: secret?.street ?? ERASED_MARKER,
      streetSecondary: secret ? secret.streetSecondary : null,
      city: secret?.city ?? ERASED_MARKER,
      region: secret ? secret.region : null,
      postalCode: secret?.postalCode ?? ERASED_MARKER,
      country: secret?.country ?? ERASED_MARKER,
    };
  });
  const documents: EvaluationDocument[] = documentRows.map((row) => {
    const secret = open<DocumentSecret>(row.subjectId, row.sealed, row.documentId);
    return {
      documentId: row.documentId,
      type: row.documentType,
      erased: secret === null,
      fields: { ...(secret?.fields ?? {}) },
      fileContentExists: row.fileContentExists && secret !== null,
      mimeType: row.mimeType,
    };
  });
  const found = new Set([
    ...endUsers.map((a) => a.endUserId),
    ...addresses.map((a) => a.addressId),
    ...documents.map((a) => a.documentId),
  ]);
  const missing = assets
    .filter((a) => !found.has(a?.assetId))
    .map((a) => ({ assetType: a.assetType, assetId: a.assetId }));
  return { endUsers, addresses, documents, missing };
}
