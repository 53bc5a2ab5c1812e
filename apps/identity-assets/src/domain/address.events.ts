import type { Sealed } from './end-user.events';

export interface AddressCreated {
  readonly type: 'AddressCreated';
  readonly data: {
    readonly addressId: string;
    readonly accountId: string;
    /** Whose data key seals it: the linked end user's, or the address's own (its id). */
    readonly subjectId: string;
    readonly endUserId: string | null;
    /** Every line of the address, country included, sealed. */
    readonly sealed: Sealed;
    readonly copiedFrom: string | null;
    readonly occurredAt: string;
  };
}

export interface AddressUpdated {
  readonly type: 'AddressUpdated';
  readonly data: {
    readonly addressId: string;
    readonly accountId: string;
    readonly sealed: Sealed;
    readonly occurredAt: string;
  };
}

export interface AddressDeleted {
  readonly type: 'AddressDeleted';
  readonly data: { readonly addressId: string; readonly accountId: string; readonly occurredAt: string };
}

export type AddressEvent = AddressCreated | AddressUpdated | AddressDeleted;
