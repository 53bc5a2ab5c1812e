import type { BundleAssetType } from '../bundles/bundles.integration-events';

export const ASSET_STATUSES = ['DRAFT', 'PENDING_REVIEW', 'APPROVED', 'REJECTED', 'EXPIRED'] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

export interface AssetRef {
  assetType: BundleAssetType;
  assetId: string;
}

/** Field values as the customer gave them, decrypted; `null` everywhere once the end user is erased. */
export interface EvaluationEndUser {
  endUserId: string;
  type: 'INDIVIDUAL' | 'BUSINESS';
  erased: boolean;
  fields: Record<string, string>;
}

export interface EvaluationAddress {
  addressId: string;
  erased: boolean;
  customerName: string;
  street: string;
  streetSecondary: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  /** ISO 3166-1 alpha-3. */
  country: string;
}

export interface EvaluationDocument {
  documentId: string;
  /** Document type of the catalog, e.g. `passport`. */
  type: string;
  erased: boolean;
  fields: Record<string, string>;
  fileContentExists: boolean;
  mimeType: string | null;
}

/**
 * `identity.get-assets-for-evaluation`: the named assets of ONE account, decrypted, for bundle-lifecycle's item
 * checks and evaluations. Assets that do not exist in that account (or were deleted) are listed in `missing`;
 * nothing of another account is ever returned.
 */
export interface GetAssetsForEvaluationRequest {
  accountId: string;
  assets: AssetRef[];
}
export interface GetAssetsForEvaluationReply {
  endUsers: EvaluationEndUser[];
  addresses: EvaluationAddress[];
  documents: EvaluationDocument[];
  missing: AssetRef[];
}

/**
 * `identity.copy-assets`: new assets (new ids, same content, re-encrypted; a copied document keeps its file) for a
 * bundle copy. The same `commandId` again replies the same copies and creates nothing. Any asset missing in the
 * account → NOT_FOUND and nothing is copied.
 */
export interface CopyAssetsRequest {
  commandId: string;
  accountId: string;
  assets: AssetRef[];
}
export interface CopyAssetsReply {
  copies: Array<{ assetType: BundleAssetType; sourceAssetId: string; assetId: string }>;
}

// ---- Public patterns (gateway → identity-assets). Every request names its account; every reply is of that account
// only, or NOT_FOUND. Create requests carry the new asset's id, chosen once per HTTP request: a redelivered create
// records nothing and answers the asset.

export interface EndUserContent {
  friendlyName: string;
  customReference?: string | null;
  fields: Record<string, unknown>;
}

export interface CreateEndUserRequest extends EndUserContent {
  accountId: string;
  endUserId: string;
  type: string;
}

export interface UpdateEndUserRequest {
  accountId: string;
  endUserId: string;
  friendlyName?: string;
  customReference?: string | null;
  /** Merged into the current fields; a null value removes that field. */
  fields?: Record<string, unknown>;
}

export interface AddressContent {
  customerName: string;
  street: string;
  streetSecondary?: string | null;
  city: string;
  region?: string | null;
  postalCode: string;
  country: string;
  customReference?: string | null;
}

export interface CreateAddressRequest extends AddressContent {
  accountId: string;
  addressId: string;
  /** Optional link to an end user of the same account: the address is then sealed with that end user's key. */
  endUserId?: string | null;
}

export type UpdateAddressRequest = Partial<AddressContent> & { accountId: string; addressId: string };

export interface CreateDocumentRequest {
  accountId: string;
  documentId: string;
  type: string;
  friendlyName: string;
  customReference?: string | null;
  fields: Record<string, unknown>;
  endUserId?: string | null;
}

/** The file part of a document upload, as the gateway received it (the bytes travel over internal HTTP). */
export interface UploadedFileInfo {
  fileName: string | null;
  /** The Content-Type the client declared for the part: recorded for nothing, never trusted. */
  declaredMimeType: string | null;
}

export interface UpdateDocumentRequest {
  accountId: string;
  documentId: string;
  friendlyName?: string;
  customReference?: string | null;
  fields?: Record<string, unknown>;
}

export interface ListAssetsRequest {
  accountId: string;
  pageSize: number;
  pageToken?: string;
}

export interface AssetIdRequest {
  accountId: string;
  assetId: string;
}

/** ADMIN (the gateway checks the role): any account. */
export interface EraseEndUserRequest {
  endUserId: string;
}
