import type { Decider } from '@compliance/event-sourcing';
import type { AddressCommand } from './address.command';
import type { AddressEvent } from './address.events';
import type { Sealed } from './end-user.events';
import { assetLocked, assetNotFound, staleVersion } from './identity.errors';

export type AddressState = {
  readonly addressId: string;
  readonly accountId: string;
  readonly subjectId: string;
  readonly endUserId: string | null;
  readonly sealed: Sealed;
  readonly copiedFrom: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
  readonly deleted: boolean;
} | null;

function live(state: AddressState, accountId: string, addressId: string): NonNullable<AddressState> {
  if (!state || state.deleted || state.accountId !== accountId) throw assetNotFound('address', addressId);
  return state;
}

export const addressDecider: Decider<AddressCommand, AddressEvent, AddressState> = {
  initialState: null,

  evolve(state, event) {
    switch (event.type) {
      case 'AddressCreated': {
        const { addressId, accountId, subjectId, endUserId, sealed, copiedFrom, occurredAt } = event.data;
        return {
          addressId,
          accountId,
          subjectId,
          endUserId,
          sealed,
          copiedFrom,
          createdAt: occurredAt,
          updatedAt: occurredAt,
          version: 1,
          deleted: false,
        };
      }
      case 'AddressUpdated':
        return (
          state && {
            ...state,
            sealed: event.data.sealed,
            updatedAt: event.data.occurredAt,
            version: state.version + 1,
          }
        );
      case 'AddressDeleted':
        return (
          state && { ...state, deleted: true, updatedAt: event.data.occurredAt, version: state.version + 1 }
        );
      default: {
        const _exhaustive: never = event;
        return state;
      }
    }
  },

  decide(command, state) {
    const now = command.metadata.now.toISOString();
    switch (command.type) {
      case 'CreateAddress': {
        if (state) return [];
        return [{ type: 'AddressCreated', data: { ...command.data, occurredAt: now } }];
      }
      case 'UpdateAddress': {
        const { addressId, accountId, sealed, basedOnVersion, lockedBy } = command.data;
        const current = live(state, accountId, addressId);
        if (lockedBy.length > 0) throw assetLocked('address', addressId, lockedBy);
        if (current.version !== basedOnVersion) throw staleVersion('address', addressId);
        return [{ type: 'AddressUpdated', data: { addressId, accountId, sealed, occurredAt: now } }];
      }
      case 'DeleteAddress': {
        const { addressId, accountId, lockedBy } = command.data;
        live(state, accountId, addressId);
        if (lockedBy.length > 0) throw assetLocked('address', addressId, lockedBy);
        return [{ type: 'AddressDeleted', data: { addressId, accountId, occurredAt: now } }];
      }
      default: {
        const _exhaustive: never = command;
        return [];
      }
    }
  },
};
