/** `failureReason` of a bundle whose validUntil passed after a new regulation version (API.md). */
export const REGULATION_UPDATED = 'REGULATION_UPDATED';
/** `failureReason` of a bundle a reviewer rejected; the reviewer's words are in `remarks`. */
export const REVIEW_REJECTED = 'REVIEW_REJECTED';
/** APPROVED bundles are kept this long after their last phone number left (RETENTION_HOLD). */
export const RETENTION_YEARS = 2;
/** DRAFT bundles untouched this long are deleted. */
export const STALE_DRAFT_DAYS = 365;
