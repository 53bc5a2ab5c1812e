import { ASSET_LOCKING_BUNDLE_STATUSES, type AssetStatus, type BundleStatus } from '@compliance/contracts';

/** One bundle an asset is in, as the local bundle view knows it. */
export interface BundleMembership {
  readonly bundleId: string;
  readonly status: BundleStatus;
  readonly failureReason: string | null;
  /** The reviewer's reason for this very asset, when the bundle was rejected naming it. */
  readonly itemFailureReason: string | null;
}

export interface DerivedAssetStatus {
  readonly status: AssetStatus;
  readonly failureReason: string | null;
  /** Bundles that lock the asset (PENDING_REVIEW, IN_REVIEW, APPROVED): PATCH and DELETE get ASSET_LOCKED. */
  readonly lockedBy: readonly string[];
}

/** An approval that lapsed because a newer regulation version's grace period ended. */
export const REGULATION_UPDATED = 'REGULATION_UPDATED';

/**
 * The status of an asset follows the bundles it is in: approved in any bundle → APPROVED; else under review in any →
 * PENDING_REVIEW; else rejected → REJECTED with the reviewer's reason for this asset (or the bundle's), or EXPIRED when
 * the rejection is a lapsed approval (REGULATION_UPDATED); in no bundle, or only in drafts → DRAFT.
 */
export function deriveAssetStatus(memberships: readonly BundleMembership[]): DerivedAssetStatus {
  const lockedBy = memberships
    .filter((m) => ASSET_LOCKING_BUNDLE_STATUSES.includes(m.status))
    .map((m) => m.bundleId)
    .sort();
  const having = (...statuses: BundleStatus[]) => memberships.filter((m) => statuses.includes(m.status));
  if (having('APPROVED').length > 0) return { status: 'APPROVED', failureReason: null, lockedBy };
  if (having('PENDING_REVIEW', 'IN_REVIEW').length > 0) {
    return { status: 'PENDING_REVIEW', failureReason: null, lockedBy };
  }
  const rejected = having('REJECTED');
  if (rejected.length > 0) {
    const named = rejected.find((m) => m.itemFailureReason !== null);
    if (named) return { status: 'REJECTED', failureReason: named.itemFailureReason, lockedBy };
    const lapsed = rejected.find((m) => m.failureReason === REGULATION_UPDATED);
    if (lapsed) return { status: 'EXPIRED', failureReason: REGULATION_UPDATED, lockedBy };
    return { status: 'REJECTED', failureReason: rejected[0]?.failureReason ?? null, lockedBy };
  }
  return { status: 'DRAFT', failureReason: null, lockedBy };
}
