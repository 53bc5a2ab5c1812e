import type { AddressState } from '../../domain/address.decider';
import type { DocumentState } from '../../domain/document.decider';
import type { EndUserState } from '../../domain/end-user.decider';
import type { AddressRow, DocumentRow, EndUserRow } from '../../queries/assets/asset-rows';

/** The row the projection will hold, from the state just decided: command replies read their own write. */
export function endUserRowOf(state: NonNullable<EndUserState>): EndUserRow {
  const { endUserId, accountId, endUserType, sealed, erased, copiedFrom, createdAt, updatedAt } = state;
  return {
    endUserId,
    accountId,
    endUserType,
    sealed: erased ? null : sealed,
    erased,
    copiedFrom,
    createdAt,
    updatedAt,
  };
}

export function addressRowOf(state: NonNullable<AddressState>): AddressRow {
  const { addressId, accountId, subjectId, endUserId, sealed, copiedFrom, createdAt, updatedAt } = state;
  return {
    addressId,
    accountId,
    subjectId,
    endUserId,
    sealed,
    erased: false,
    copiedFrom,
    createdAt,
    updatedAt,
  };
}

export function documentRowOf(state: NonNullable<DocumentState>): DocumentRow {
  return {
    documentId: state.documentId,
    accountId: state.accountId,
    subjectId: state.subjectId,
    endUserId: state.endUserId,
    documentType: state.documentType,
    sealed: state.sealed,
    storageKey: state.file?.storageKey ?? null,
    mimeType: state.file?.mimeType ?? null,
    fileSize: state.file?.fileSize ?? null,
    fileContentExists: state.file !== null && !state.fileDeleted,
    deleteFileAfterVerification: state.deleteFileAfterVerification,
    erased: false,
    copiedFrom: state.copiedFrom,
    createdAt: state.createdAt,
    updatedAt: state.updatedAt,
  };
}
