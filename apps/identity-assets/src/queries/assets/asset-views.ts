import { ERASED_MARKER, type AddressView, type DocumentView, type EndUserView } from '@compliance/contracts';
import type { DerivedAssetStatus } from '../../domain/asset-status';
import type { AssetSealer } from '../../sealing/asset-sealer';
import type { AddressSecret, DocumentSecret, EndUserSecret } from '../../sealing/asset-secrets';
import type { AddressRow, DocumentRow, EndUserRow } from './asset-rows';

/** A row's sealed content, opened with its subject's key; null when the key is gone (erased). */
function openOrNull<T>(
  sealer: AssetSealer,
  key: Buffer | undefined,
  sealed: string | null,
  assetId: string,
): T | null {
  if (!key || sealed === null) return null;
  return sealer.open<T>(key, sealed, assetId);
}

function common(
  row: { accountId: string; copiedFrom: string | null; createdAt: string; updatedAt: string },
  status: DerivedAssetStatus,
  erased: boolean,
) {
  return {
    accountId: row.accountId,
    status: status.status,
    failureReason: status.failureReason,
    erased,
    copiedFrom: row.copiedFrom,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function endUserView(
  sealer: AssetSealer,
  row: EndUserRow,
  key: Buffer | undefined,
  status: DerivedAssetStatus,
): EndUserView {
  const secret = openOrNull<EndUserSecret>(sealer, key, row.sealed, row.endUserId);
  return {
    endUserId: row.endUserId,
    type: row.endUserType,
    friendlyName: secret?.friendlyName ?? ERASED_MARKER,
    customReference: secret ? secret.customReference : ERASED_MARKER,
    fields: secret ? { ...secret.fields } : {},
    ...common(row, status, secret === null),
  };
}

export function addressView(
  sealer: AssetSealer,
  row: AddressRow,
  key: Buffer | undefined,
  status: DerivedAssetStatus,
): AddressView {
  const secret = openOrNull<AddressSecret>(sealer, key, row.sealed, row.addressId);
  const erased = (value: string | null | undefined): string | null =>
    secret ? (value ?? null) : ERASED_MARKER;
  return {
    addressId: row.addressId,
    endUserId: row.endUserId,
    customerName: secret?.customerName ?? ERASED_MARKER,
    street: secret?.street ?? ERASED_MARKER,
    streetSecondary: erased(secret?.streetSecondary),
    city: secret?.city ?? ERASED_MARKER,
    region: erased(secret?.region),
    postalCode: secret?.postalCode ?? ERASED_MARKER,
    country: secret?.country ?? ERASED_MARKER,
    customReference: erased(secret?.customReference),
    ...common(row, status, secret === null),
  };
}

export function documentView(
  sealer: AssetSealer,
  row: DocumentRow,
  key: Buffer | undefined,
  status: DerivedAssetStatus,
): DocumentView {
  const secret = openOrNull<DocumentSecret>(sealer, key, row.sealed, row.documentId);
  const hasFile = row.storageKey !== null;
  return {
    documentId: row.documentId,
    endUserId: row.endUserId,
    type: row.documentType,
    friendlyName: secret?.friendlyName ?? ERASED_MARKER,
    customReference: secret ? secret.customReference : ERASED_MARKER,
    fields: secret ? { ...secret.fields } : {},
    fileName: secret ? secret.fileName : hasFile ? ERASED_MARKER : null,
    mimeType: row.mimeType,
    fileSize: row.fileSize,
    sha256: secret ? secret.sha256 : hasFile ? ERASED_MARKER : null,
    fileContentExists: row.fileContentExists && secret !== null,
    ...common(row, status, secret === null),
  };
}
