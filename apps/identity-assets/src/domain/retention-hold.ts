import type { BundleStatus } from '@compliance/contracts';

/** APPROVED bundles are kept at least this long after their last phone number left (API.md "Bundles"). */
export const RETENTION_YEARS = 2;

export interface RetainedBundle {
  readonly bundleId: string;
  readonly status: BundleStatus;
  /** Numbers the bundle holds now (ATTACHED, PENDING_ACTIVATION or SUSPENDED). */
  readonly numberCount: number;
  readonly lastNumberLeftAt: string | null;
}

/**
 * Bundles that keep an end user's data from being erased: any bundle still holding phone numbers, and an APPROVED
 * bundle less than RETENTION_YEARS after its last number left.
 */
export function retentionHolds(bundles: readonly RetainedBundle[], now: Date): string[] {
  return bundles
    .filter((bundle) => {
      if (bundle.numberCount > 0) return true;
      if (bundle.status !== 'APPROVED' || bundle.lastNumberLeftAt === null) return false;
      const until = new Date(bundle.lastNumberLeftAt);
      until.setUTCFullYear(until.getUTCFullYear() + RETENTION_YEARS);
      return now < until;
    })
    .map((bundle) => bundle.bundleId)
    .sort();
}
