import type { BrandView } from '@compliance/contracts';
import type { Projection } from '@compliance/event-sourcing';
import type { BrandRegistered, BrandRevetted } from '../../domain/brand.events';

export type BrandProjectionEvent = BrandRegistered | BrandRevetted;

/** `brand_vetting.brands`: one row per brand, the public view. Every change sets values, so a redelivery is a no-op. */
export const brandProjection: Projection<BrandView, BrandProjectionEvent> = {
  handles: ['BrandRegistered', 'BrandRevetted'],
  evolve(row, event) {
    switch (event.type) {
      case 'BrandRegistered': {
        if (row) return row;
        const d = event.data;
        return {
          brandId: d.brandId,
          accountId: d.accountId,
          identityStatus: d.identityStatus,
          ...d.information,
          createdAt: d.registeredAt,
          updatedAt: d.registeredAt,
        };
      }
      case 'BrandRevetted': {
        if (!row) return row;
        return { ...row, identityStatus: event.data.identityStatus, updatedAt: event.data.revettedAt };
      }
      default: {
        const _exhaustive: never = event;
        return _exhaustive;
      }
    }
  },
};
