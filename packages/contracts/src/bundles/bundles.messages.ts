import type { BundleAssetType, BundleSnapshotV1, BundleStatus } from './bundles.integration-events';
import type { CatalogEndUserType, CatalogNumberType } from '../catalog/catalog.messages';

/**
 * `bundles.get-bundle-internal`: the bundle as it is now, straight from its stream (not a projection), for services
 * that must decide on its current status (number-assignment). Replies NOT_FOUND for an unknown bundle or one of
 * another account.
 */
export interface GetBundleInternalRequest {
  accountId: string;
  bundleId: string;
}
export type GetBundleInternalReply = Omit<BundleSnapshotV1, 'occurredAt'> & {
  /**
   * Revision of the bundle's stream this answer was read at (the `revision` its events carry on `bundles.events`).
   * Added by number-assignment: with it, a status read here and a status learnt from an event are ordered exactly.
   * Optional: a reply without it is taken as older than any event already seen.
   */
  revision?: number;
};

// ---- Public request-reply of bundle-lifecycle (the gateway's bundle and review endpoints) ----

/** The public Bundle of API.md. */
export interface BundleView {
  bundleId: string;
  accountId: string;
  status: BundleStatus;
  regulationId: string;
  regulationVersion: number;
  country: string;
  numberType: CatalogNumberType;
  endUserType: CatalogEndUserType;
  friendlyName: string;
  customReference: string | null;
  email: string;
  statusCallback: string | null;
  validUntil: string | null;
  remarks: string | null;
  failureReason: string | null;
  copiedFrom: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface BundleItemView {
  itemId: string;
  assetType: BundleAssetType;
  assetId: string;
  createdAt: string;
}

export interface EvaluationInvalidFieldView {
  field: string;
  friendlyName: string;
  failureReason: string;
  errorCode: string;
}

export interface EvaluationResultView {
  requirementName: string;
  friendlyName: string;
  objectType: BundleAssetType;
  passed: boolean;
  failureReason: string | null;
  errorCode: string | null;
  /** The assigned asset this result is about, when there is one. */
  assetId: string | null;
  invalidFields: EvaluationInvalidFieldView[];
}

export interface EvaluationView {
  evaluationId: string;
  bundleId: string;
  regulationId: string;
  regulationVersion: number;
  status: 'COMPLIANT' | 'NONCOMPLIANT';
  results: EvaluationResultView[];
  createdAt: string;
}

export interface HistoryEntryView {
  type: string;
  occurredAt: string;
  actor: string;
  data: Record<string, unknown>;
}

export interface PageView<T> {
  data: T[];
  nextPageToken: string | null;
}

/** Every request names the caller's account; null for staff (REVIEWER, ADMIN), who see every account. */
export interface BundleRequestRef {
  accountId: string | null;
  bundleId: string;
}

export interface PageRequest {
  pageSize: number;
  pageToken?: string;
}

export interface CreateBundleRequest {
  /** Chosen once per HTTP request by the gateway: a retried request creates nothing twice. */
  bundleId: string;
  accountId: string;
  regulationId?: string;
  country?: string;
  numberType?: string;
  endUserType?: string;
  friendlyName: string;
  email: string;
  statusCallback?: string | null;
  customReference?: string | null;
}

export const BUNDLE_SORT_FIELDS = ['createdAt', 'validUntil'] as const;
export type BundleSortField = (typeof BUNDLE_SORT_FIELDS)[number];

export interface ListBundlesRequest extends PageRequest {
  accountId: string;
  status?: BundleStatus;
  country?: string;
  numberType?: string;
  endUserType?: string;
  hasValidUntil?: boolean;
  validUntilBefore?: string;
  sortBy: BundleSortField;
  sortDirection: 'ASC' | 'DESC';
}

export interface UpdateBundleRequest extends BundleRequestRef {
  friendlyName?: string;
  customReference?: string | null;
  email?: string;
  statusCallback?: string | null;
  status?: 'PENDING_REVIEW';
  acknowledgements?: { allDetailsAccurate?: boolean };
  /** With a submit: the id of the fresh evaluation it runs. */
  evaluationId: string;
}

export interface AssignItemRequest extends BundleRequestRef {
  itemId: string;
  assetType: BundleAssetType;
  assetId: string;
}

export interface RemoveItemRequest extends BundleRequestRef {
  itemId: string;
}

export type ListForBundleRequest = BundleRequestRef & PageRequest;

export interface CreateEvaluationRequest extends BundleRequestRef {
  evaluationId: string;
}

export interface GetEvaluationRequest extends BundleRequestRef {
  evaluationId: string;
}

export interface CreateCopyRequest extends BundleRequestRef {
  /** The copy's id, chosen once per HTTP request (also the command id of the asset copies). */
  copyBundleId: string;
  friendlyName?: string;
}

export interface ReplaceItemsRequest extends BundleRequestRef {
  fromBundleId: string;
}

export interface ListReviewsRequest extends PageRequest {
  status?: 'PENDING_REVIEW' | 'IN_REVIEW';
}

export interface DecideBundleRequest {
  bundleId: string;
  decision: 'APPROVE' | 'REJECT';
  remarks?: string;
  itemFailures?: { itemId: string; failureReason: string }[];
}
