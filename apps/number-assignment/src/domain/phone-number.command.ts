import type { CommandMetadata } from '@compliance/event-sourcing';
import type { BundleStatus } from '@compliance/contracts';

/** The bundle status a command acts on: a status of bundle-lifecycle, or the bundle's deletion. */
export type ObservedBundleStatus = BundleStatus | 'DELETED';

/** Put the number on the bundle (the bulk ADD, one number). */
export interface AddPhoneNumber {
  readonly type: 'AddPhoneNumber';
  readonly data: {
    readonly phoneNumber: string;
    readonly bundleId: string;
    readonly accountId: string;
    readonly bundleStatus: BundleStatus;
    /** Revision of the bundle's stream the status was read at; -1 when unknown. */
    readonly bundleRevision: number;
  };
  readonly metadata: CommandMetadata;
}

/** Take the number off the bundle (the bulk REMOVE, one number). */
export interface RemovePhoneNumber {
  readonly type: 'RemovePhoneNumber';
  readonly data: { readonly phoneNumber: string; readonly bundleId: string; readonly accountId: string };
  readonly metadata: CommandMetadata;
}

/** The bundle's status changed (approved, rejected, deleted ...): move the number with it. */
export interface ApplyBundleStatus {
  readonly type: 'ApplyBundleStatus';
  readonly data: {
    readonly phoneNumber: string;
    readonly bundleId: string;
    readonly bundleStatus: ObservedBundleStatus;
    readonly bundleRevision: number;
  };
  readonly metadata: CommandMetadata;
}

export type PhoneNumberCommand = AddPhoneNumber | RemovePhoneNumber | ApplyBundleStatus;
