import type { VettingView } from '@compliance/contracts';
import type { Projection } from '@compliance/event-sourcing';
import type {
  VettingCompleted,
  VettingFailed,
  VettingImported,
  VettingRequested,
} from '../../domain/brand.events';

export type VettingProjectionEvent = VettingRequested | VettingCompleted | VettingFailed | VettingImported;

/** `brand_vetting.vettings`: one row per vetting record of a brand. */
export const vettingProjection: Projection<VettingView, VettingProjectionEvent> = {
  handles: ['VettingRequested', 'VettingCompleted', 'VettingFailed', 'VettingImported'],
  evolve(row, event) {
    switch (event.type) {
      case 'VettingRequested': {
        if (row) return row;
        const d = event.data;
        return {
          vettingId: d.vettingId,
          brandId: d.brandId,
          evpId: d.evpId,
          vettingClass: d.vettingClass,
          vettingStatus: 'PENDING',
          vettingScore: null,
          createDate: d.createDate,
          vettedDate: null,
          failureReason: null,
        };
      }
      case 'VettingCompleted': {
        if (!row) return row;
        const d = event.data;
        return { ...row, vettingStatus: 'ACTIVE', vettingScore: d.vettingScore, vettedDate: d.vettedDate };
      }
      case 'VettingFailed': {
        if (!row) return row;
        return { ...row, vettingStatus: 'FAILED', failureReason: event.data.failureReason };
      }
      case 'VettingImported': {
        if (row) return row;
        const d = event.data;
        return {
          vettingId: d.vettingId,
          brandId: d.brandId,
          evpId: d.evpId,
          vettingClass: d.vettingClass,
          vettingStatus: d.vettingStatus,
          vettingScore: d.vettingScore,
          createDate: d.createDate,
          vettedDate: d.vettedDate,
          failureReason: null,
        };
      }
      default: {
        const _exhaustive: never = event;
        return _exhaustive;
      }
    }
  },
};
