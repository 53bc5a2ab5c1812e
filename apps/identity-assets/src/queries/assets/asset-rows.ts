/** Read-model rows (ciphertext only): `identity.end_users`, `identity.addresses`, `identity.documents`. */
export interface EndUserRow {
  endUserId: string;
  accountId: string;
  endUserType: 'INDIVIDUAL' | 'BUSINESS';
  /** Null once erased. */
  sealed: string | null;
  erased: boolean;
  copiedFrom: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AddressRow {
  addressId: string;
  accountId: string;
  subjectId: string;
  endUserId: string | null;
  sealed: string | null;
  erased: boolean;
  copiedFrom: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DocumentRow {
  documentId: string;
  accountId: string;
  subjectId: string;
  endUserId: string | null;
  documentType: string;
  sealed: string | null;
  storageKey: string | null;
  mimeType: string | null;
  fileSize: number | null;
  fileContentExists: boolean;
  deleteFileAfterVerification: boolean;
  erased: boolean;
  copiedFrom: string | null;
  createdAt: string;
  updatedAt: string;
}
