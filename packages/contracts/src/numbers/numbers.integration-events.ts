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

/** Per-number events (keyed by the E.164 number) that number-assignment also publishes, v1. */
export interface PhoneNumberStatusChangedV1 {
  phoneNumber: string;
  bundleId: string;
  accountId: string;
  previousStatus: PhoneNumberStatus | null;
  status: PhoneNumberStatus;
  occurredAt: string;
}
