import type { Projection } from '@compliance/event-sourcing';
import type { AddressEvent } from '../../domain/address.events';
import type { AddressRow } from './asset-rows';

/** `identity.addresses` (an erasure of the linked end user is applied subject-wide, see asset-read-model.handler). */
export const addressProjection: Projection<AddressRow, AddressEvent> = {
  handles: ['AddressCreated', 'AddressUpdated', 'AddressDeleted'],
  evolve(row, event) {
    switch (event.type) {
      case 'AddressCreated': {
        const { addressId, accountId, subjectId, endUserId, sealed, copiedFrom, occurredAt } = event.data;
        return (
          row ?? {
            addressId,
            accountId,
            subjectId,
            endUserId,
            sealed,
            erased: false,
            copiedFrom,
            createdAt: occurredAt,
            updatedAt: occurredAt,
          }
        );
      }
      case 'AddressUpdated':
        if (!row || row.erased) return row;
        return { ...row, sealed: event.data.sealed, updatedAt: event.data.occurredAt };
      case 'AddressDeleted':
        return null;
      default: {
        const _exhaustive: never = event;
        return row;
      }
    }
  },
};
