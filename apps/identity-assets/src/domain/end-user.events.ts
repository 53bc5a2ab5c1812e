/** A sealed value: AES-256-GCM ciphertext of the asset's personal data under its data subject's key. */
export type Sealed = string;

export type EndUserType = 'INDIVIDUAL' | 'BUSINESS';

export interface EndUserCreated {
  readonly type: 'EndUserCreated';
  readonly data: {
    readonly endUserId: string;
    readonly accountId: string;
    readonly endUserType: EndUserType;
    /** friendlyName, customReference and fields, sealed with the end user's own data key. */
    readonly sealed: Sealed;
    readonly copiedFrom: string | null;
    readonly occurredAt: string;
  };
}

export interface EndUserUpdated {
  readonly type: 'EndUserUpdated';
  readonly data: {
    readonly endUserId: string;
    readonly accountId: string;
    readonly sealed: Sealed;
    readonly occurredAt: string;
  };
}

export interface EndUserDeleted {
  readonly type: 'EndUserDeleted';
  readonly data: { readonly endUserId: string; readonly accountId: string; readonly occurredAt: string };
}

/** The data key is destroyed: every sealed value of this end user (and of assets linked to it) is unreadable. */
export interface EndUserErased {
  readonly type: 'EndUserErased';
  readonly data: { readonly endUserId: string; readonly accountId: string; readonly erasedAt: string };
}

export type EndUserEvent = EndUserCreated | EndUserUpdated | EndUserDeleted | EndUserErased;
