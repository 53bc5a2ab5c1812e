import type { CommandMetadata } from '@compliance/event-sourcing';
import type { EndUserType, Sealed } from './end-user.events';

export interface CreateEndUser {
  readonly type: 'CreateEndUser';
  readonly data: {
    readonly endUserId: string;
    readonly accountId: string;
    readonly endUserType: EndUserType;
    readonly sealed: Sealed;
    readonly copiedFrom: string | null;
  };
  readonly metadata: CommandMetadata;
}

export interface UpdateEndUser {
  readonly type: 'UpdateEndUser';
  readonly data: {
    readonly endUserId: string;
    readonly accountId: string;
    readonly sealed: Sealed;
    /** The version the new content was merged onto; another one in between means start again. */
    readonly basedOnVersion: number;
    /** Bundles that lock the end user now (from the bundle view). */
    readonly lockedBy: readonly string[];
  };
  readonly metadata: CommandMetadata;
}

export interface DeleteEndUser {
  readonly type: 'DeleteEndUser';
  readonly data: {
    readonly endUserId: string;
    readonly accountId: string;
    readonly lockedBy: readonly string[];
  };
  readonly metadata: CommandMetadata;
}

export interface EraseEndUser {
  readonly type: 'EraseEndUser';
  readonly data: {
    readonly endUserId: string;
    /** Bundles whose retention keeps the data (phone numbers, or 2 years after the last one left). */
    readonly retentionHolds: readonly string[];
  };
  readonly metadata: CommandMetadata;
}

export type EndUserCommand = CreateEndUser | UpdateEndUser | DeleteEndUser | EraseEndUser;
