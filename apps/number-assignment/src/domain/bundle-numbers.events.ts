import type { ObservedBundleStatus } from './phone-number.command';

/** A number's stream revision at which it was seen holding (joined) or not holding (left) the bundle. */
export interface MembershipEntry {
  readonly phoneNumber: string;
  readonly revision: number;
}

/**
 * Numbers joined or left a bundle; also the published contract `BundlePhoneNumberCountChanged` v1 (`count`,
 * `lastNumberLeftAt`), which bundle-lifecycle reads for deletion and the retention hold. `joined`/`left` are extra.
 */
export interface BundlePhoneNumberCountChanged {
  readonly type: 'BundlePhoneNumberCountChanged';
  readonly data: {
    readonly bundleId: string;
    readonly accountId: string;
    readonly joined: readonly MembershipEntry[];
    readonly left: readonly MembershipEntry[];
    readonly count: number;
    readonly lastNumberLeftAt: string | null;
    readonly occurredAt: string;
  };
}

/**
 * number-assignment learnt a bundle status from `bundles.events` and acts on it. Recorded in the bundle's own stream
 * so that a bulk ADD racing an approval is ordered with it (see ADR 0009).
 */
export interface BundleStatusObserved {
  readonly type: 'BundleStatusObserved';
  readonly data: {
    readonly bundleId: string;
    readonly accountId: string;
    readonly status: ObservedBundleStatus;
    readonly previousStatus: ObservedBundleStatus | null;
    readonly bundleRevision: number;
    readonly occurredAt: string;
  };
}

export type BundleNumbersEvent = BundlePhoneNumberCountChanged | BundleStatusObserved;
