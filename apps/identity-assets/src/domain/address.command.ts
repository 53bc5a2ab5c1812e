import type { CommandMetadata } from '@compliance/event-sourcing';
import type { Sealed } from './end-user.events';

export interface CreateAddress {
  readonly type: 'CreateAddress';
  readonly data: {
    readonly addressId: string;
    readonly accountId: string;
    readonly subjectId: string;
    readonly endUserId: string | null;
    readonly sealed: Sealed;
    readonly copiedFrom: string | null;
  };
  readonly metadata: CommandMetadata;
}

export interface UpdateAddress {
  readonly type: 'UpdateAddress';
  readonly data: {
    readonly addressId: string;
    readonly accountId: string;
    readonly sealed: Sealed;
    readonly basedOnVersion: number;
    readonly lockedBy: readonly string[];
  };
  readonly metadata: CommandMetadata;
}

export interface DeleteAddress {
  readonly type: 'DeleteAddress';
  readonly data: {
    readonly addressId: string;
    readonly accountId: string;
    readonly lockedBy: readonly string[];
  };
  readonly metadata: CommandMetadata;
}

export type AddressCommand = CreateAddress | UpdateAddress | DeleteAddress;
