export const PHONE_NUMBER_STATUSES = [
  'ATTACHED',
  'PENDING_ACTIVATION',
  'REMOVED',
  'FAILED',
  'SUSPENDED',
] as const;
export type PhoneNumberStatus = (typeof PHONE_NUMBER_STATUSES)[number];

/**
 * `BundlePhoneNumberCountChanged` v1, on `numbers.events` keyed by bundle id: how many numbers a bundle holds now
 * (ATTACHED, PENDING_ACTIVATION or SUSPENDED) and, once it is 0 after having been more, when the last one left.
 * bundle-lifecycle refuses to delete a bundle with numbers and holds APPROVED bundles 2 years after
 * `lastNumberLeftAt` (RETENTION_HOLD); identity-assets refuses erasure on the same grounds. Per bundle, a larger
 * store `revision` is newer; consumers drop redeliveries by `eventId`.
 */
export interface BundlePhoneNumberCountChangedV1 {
  bundleId: string;
  accountId: string;
  count: number;
  lastNumberLeftAt: string | null;
  occurredAt: string;
}

/** What moved a number: the customer's bulk request, or the bundle's review outcome. */
export const PHONE_NUMBER_CHANGE_REASONS = [
  'ADDED',
  'REMOVED',
  'BUNDLE_APPROVED',
  'BUNDLE_REJECTED',
  'BUNDLE_DELETED',
] as const;
export type PhoneNumberChangeReason = (typeof PHONE_NUMBER_CHANGE_REASONS)[number];

/**
 * Per-number events (keyed by the E.164 number) that number-assignment also publishes, v1. `reason` and
 * `attachedAt` were added after the first draft (additive, optional for consumers).
 */
export interface PhoneNumberStatusChangedV1 {
  phoneNumber: string;
  bundleId: string;
  accountId: string;
  previousStatus: PhoneNumberStatus | null;
  status: PhoneNumberStatus;
  occurredAt: string;
  reason?: PhoneNumberChangeReason;
  /** When the number was first ATTACHED to this bundle (kept while SUSPENDED); null before. */
  attachedAt?: string | null;
}

/**
 * Event types on `numbers.events`. Consumers ignore types they do not know: number-assignment also publishes
 * `BundleStatusObserved` (its own record of the bundle status it acted on) under the bundle's key.
 */
export const NUMBER_EVENT_TYPES = ['BundlePhoneNumberCountChanged', 'PhoneNumberStatusChanged'] as const;
export type NumberEventType = (typeof NUMBER_EVENT_TYPES)[number];
