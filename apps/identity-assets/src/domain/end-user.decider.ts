import { DomainError, type Decider } from '@compliance/event-sourcing';
import type { EndUserCommand } from './end-user.command';
import type { EndUserEvent, EndUserType, Sealed } from './end-user.events';
import { assetLocked, assetNotFound, erasedEndUser, staleVersion } from './identity.errors';

export type EndUserState = {
  readonly endUserId: string;
  readonly accountId: string;
  readonly endUserType: EndUserType;
  readonly sealed: Sealed;
  readonly copiedFrom: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Number of events folded: what an update is based on. */
  readonly version: number;
  readonly deleted: boolean;
  readonly erased: boolean;
} | null;

function live(state: EndUserState, accountId: string, endUserId: string): NonNullable<EndUserState> {
  if (!state || state.deleted || state.accountId !== accountId) throw assetNotFound('end user', endUserId);
  return state;
}

export const endUserDecider: Decider<EndUserCommand, EndUserEvent, EndUserState> = {
  initialState: null,

  evolve(state, event) {
    switch (event.type) {
      case 'EndUserCreated': {
        const { endUserId, accountId, endUserType, sealed, copiedFrom, occurredAt } = event.data;
        return {
          endUserId,
          accountId,
          endUserType,
          sealed,
          copiedFrom,
          createdAt: occurredAt,
          updatedAt: occurredAt,
          version: 1,
          deleted: false,
          erased: false,
        };
      }
      case 'EndUserUpdated':
        return (
          state && {
            ...state,
            sealed: event.data.sealed,
            updatedAt: event.data.occurredAt,
            version: state.version + 1,
          }
        );
      case 'EndUserDeleted':
        return (
          state && { ...state, deleted: true, updatedAt: event.data.occurredAt, version: state.version + 1 }
        );
      case 'EndUserErased':
        return (
          state && { ...state, erased: true, updatedAt: event.data.erasedAt, version: state.version + 1 }
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
      case 'CreateEndUser': {
        // The id comes with the request (one per HTTP request or copy): the same command again records nothing.
        if (state) return [];
        const { endUserId, accountId, endUserType, sealed, copiedFrom } = command.data;
        return [
          {
            type: 'EndUserCreated',
            data: { endUserId, accountId, endUserType, sealed, copiedFrom, occurredAt: now },
          },
        ];
      }
      case 'UpdateEndUser': {
        const { endUserId, accountId, sealed, basedOnVersion, lockedBy } = command.data;
        const current = live(state, accountId, endUserId);
        if (current.erased) throw erasedEndUser(endUserId);
        if (lockedBy.length > 0) throw assetLocked('end user', endUserId, lockedBy);
        if (current.version !== basedOnVersion) throw staleVersion('end user', endUserId);
        return [{ type: 'EndUserUpdated', data: { endUserId, accountId, sealed, occurredAt: now } }];
      }
      case 'DeleteEndUser': {
        const { endUserId, accountId, lockedBy } = command.data;
        live(state, accountId, endUserId);
        if (lockedBy.length > 0) throw assetLocked('end user', endUserId, lockedBy);
        return [{ type: 'EndUserDeleted', data: { endUserId, accountId, occurredAt: now } }];
      }
      case 'EraseEndUser': {
        const { endUserId, retentionHolds } = command.data;
        if (!state) throw assetNotFound('end user', endUserId);
        if (state.erased) return [];
        if (retentionHolds.length > 0) {
          throw new DomainError(
            'RETENTION_HOLD',
            `end user ${endUserId} is in bundles that must be kept (phone numbers attached, or less than 2 years since the last one left): ${retentionHolds.join(', ')}`,
            { endUserId, bundleIds: [...retentionHolds] },
          );
        }
        return [{ type: 'EndUserErased', data: { endUserId, accountId: state.accountId, erasedAt: now } }];
      }
      default: {
        const _exhaustive: never = command;
        return [];
      }
    }
  },
};
