import type { RegulationVersionPublishedV1 } from '@compliance/contracts';
import type { Projection } from '@compliance/event-sourcing';
import type { Regulation } from '../../domain/catalog.types';

/** One row of `catalog.regulation_versions`: the public Regulation plus the grace period it was published with. */
export interface RegulationVersionRow extends Regulation {
  readonly gracePeriodDays: number;
}

export type RegulationProjectionEvent = {
  type: 'RegulationVersionPublished';
  data: RegulationVersionPublishedV1;
};

/**
 * Versions are immutable: the first delivery of (regulationId, version) makes the row, a redelivery leaves it as
 * it is, so the projection is idempotent even without the consumer's processed-event table.
 */
export const regulationVersionProjection: Projection<RegulationVersionRow, RegulationProjectionEvent> = {
  handles: ['RegulationVersionPublished'],
  evolve(row, event) {
    switch (event.type) {
      case 'RegulationVersionPublished': {
        if (row) return row;
        const d = event.data;
        return {
          regulationId: d.regulationId,
          version: d.version,
          country: d.country,
          numberType: d.numberType,
          endUserType: d.endUserType,
          friendlyName: d.friendlyName,
          publishedAt: d.publishedAt,
          requirement: d.requirement,
          gracePeriodDays: d.gracePeriodDays,
        };
      }
      default: {
        const _exhaustive: never = event.type;
        return row;
      }
    }
  },
};

/** The public shape of a row (the grace period is not part of Regulation). */
export function toRegulation(row: RegulationVersionRow): Regulation {
  const { gracePeriodDays: _grace, ...regulation } = row;
  return regulation;
}

/** Whether an event carries what a row needs; anything else is recorded and skipped, never thrown on. */
export function isWellFormedVersion(data: unknown): data is RegulationVersionPublishedV1 {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    typeof d.regulationId === 'string' &&
    typeof d.version === 'number' &&
    Number.isInteger(d.version) &&
    d.version >= 1 &&
    typeof d.country === 'string' &&
    typeof d.numberType === 'string' &&
    typeof d.endUserType === 'string' &&
    typeof d.friendlyName === 'string' &&
    typeof d.publishedAt === 'string' &&
    typeof d.gracePeriodDays === 'number' &&
    typeof d.requirement === 'object' &&
    d.requirement !== null
  );
}
