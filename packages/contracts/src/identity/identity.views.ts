import type { AssetStatus } from './identity.messages';

/**
 * What reads of identity assets answer (API.md "Identity assets"). Personal values are decrypted for the owning
 * account only; once the end user (the data subject) is erased, `erased` is true and every personal value reads as
 * ERASED_MARKER (fields: {}).
 */
export const ERASED_MARKER = '[ERASED]';

interface AssetViewCommon {
  accountId: string;
  status: AssetStatus;
  /** Why the asset is REJECTED or EXPIRED (the reviewer's reason, or REGULATION_UPDATED); null otherwise. */
  failureReason: string | null;
  /** True once the data subject was erased: personal values read as ERASED_MARKER. */
  erased: boolean;
  copiedFrom: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface EndUserView extends AssetViewCommon {
  endUserId: string;
  type: 'INDIVIDUAL' | 'BUSINESS';
  friendlyName: string;
  customReference: string | null;
  fields: Record<string, string>;
}

export interface AddressView extends AssetViewCommon {
  addressId: string;
  /** The end user whose data key protects this address (erasing them erases it); null: its own key. */
  endUserId: string | null;
  customerName: string;
  street: string;
  streetSecondary: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  /** ISO 3166-1 alpha-3 (ERASED_MARKER once erased). */
  country: string;
  customReference: string | null;
}

export interface DocumentView extends AssetViewCommon {
  documentId: string;
  endUserId: string | null;
  /** Document type of the catalog, e.g. `passport`. */
  type: string;
  friendlyName: string;
  customReference: string | null;
  fields: Record<string, string>;
  fileName: string | null;
  /** Judged from the bytes. */
  mimeType: string | null;
  fileSize: number | null;
  /** SHA-256 of the file as uploaded (hex). */
  sha256: string | null;
  /** False when there never was a file, or it was deleted after verification. */
  fileContentExists: boolean;
}

export interface AssetPage<T> {
  data: T[];
  nextPageToken: string | null;
}
