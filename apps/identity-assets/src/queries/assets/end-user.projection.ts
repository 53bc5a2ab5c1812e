import type { Projection } from '@compliance/event-sourcing';
import type { EndUserEvent } from '../../domain/end-user.events';
import type { EndUserRow } from './asset-rows';

/** `identity.end_users`: one row per live end user; sealed content only, nulled on erasure. */
export const endUserProjection: Projection<EndUserRow, EndUserEvent> = {
  handles: ['EndUserCreated', 'EndUserUpdated', 'EndUserDeleted', 'EndUserErased'],
  evolve(row, event) {
    switch (event.type) {
      case 'EndUserCreated': {
        const { endUserId, accountId, endUserType, sealed, copiedFrom, occurredAt } = event.data;
        return (
          row ?? {
            endUserId,
            accountId,
            endUserType,
            sealed,
            erased: false,
            copiedFrom,
            createdAt: occurredAt,
            updatedAt: occurredAt,
          }
        );
      }
      case 'EndUserUpdated':
        if (!row || row.erased) return row;
        return { ...row, sealed: event.data.sealed, updatedAt: event.data.occurredAt };
      case 'EndUserDeleted':
        return null;
      case 'EndUserErased':
        return row && { ...row, sealed: null, erased: true, updatedAt: event.data.erasedAt };
      default: {
        const _exhaustive: never = event;
        return row;
      }
    }
  },
};
