import type { CommandMetadata } from '@compliance/event-sourcing';
import type { ObservedBundleStatus } from './phone-number.command';

/** What a number's own stream said at a revision: whether it holds this bundle. */
export interface MembershipObservation {
  readonly phoneNumber: string;
  readonly revision: number;
  readonly holds: boolean;
}

/**
 * Numbers seen holding or not holding the bundle, each at its stream revision. An observation older than one already
 * recorded for that number is ignored, so an ADD and a REMOVE of one number racing each other end in the right place.
 */
export interface RecordMembership {
  readonly type: 'RecordMembership';
  readonly data: {
    readonly bundleId: string;
    readonly accountId: string;
    readonly numbers: readonly MembershipObservation[];
  };
  readonly metadata: CommandMetadata;
}

export interface ObserveBundleStatus {
  readonly type: 'ObserveBundleStatus';
  readonly data: {
    readonly bundleId: string;
    readonly accountId: string;
    readonly status: ObservedBundleStatus;
    readonly bundleRevision: number;
  };
  readonly metadata: CommandMetadata;
}

export type BundleNumbersCommand = RecordMembership | ObserveBundleStatus;
