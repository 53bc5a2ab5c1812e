import type { PhoneNumberChangeReason, PhoneNumberStatus } from '@compliance/contracts';

/**
 * The one event of a phone number's stream, and the published contract `PhoneNumberStatusChanged` v1: every change of
 * a number (added, activated, failed, suspended, reinstated, removed) is a status change with its `reason`.
 * `bundleRevision` is the bundle stream revision the change was decided on, so an older bundle status that arrives
 * late is never applied over a newer one.
 */
export interface PhoneNumberStatusChanged {
  readonly type: 'PhoneNumberStatusChanged';
  readonly data: {
    readonly phoneNumber: string;
    readonly bundleId: string;
    readonly accountId: string;
    readonly previousStatus: PhoneNumberStatus | null;
    readonly status: PhoneNumberStatus;
    readonly reason: PhoneNumberChangeReason;
    readonly attachedAt: string | null;
    readonly bundleRevision: number;
    readonly occurredAt: string;
  };
}

export type PhoneNumberEvent = PhoneNumberStatusChanged;
