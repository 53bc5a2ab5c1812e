import type { Projection } from '@compliance/event-sourcing';
import type { BundlePhoneNumberCountChanged } from '../../domain/bundle-numbers.events';

/** One row of `numbers.bundle_number_counts`: how many numbers a bundle holds and when the last one left. */
export interface BundleNumberCountRow {
  readonly bundleId: string;
  readonly accountId: string;
  readonly count: number;
  readonly lastNumberLeftAt: string | null;
  readonly updatedAt: string;
}

export const bundleNumberCountProjection: Projection<BundleNumberCountRow, BundlePhoneNumberCountChanged> = {
  handles: ['BundlePhoneNumberCountChanged'],
  evolve(_row, event) {
    switch (event.type) {
      case 'BundlePhoneNumberCountChanged': {
        const d = event.data;
        return {
          bundleId: d.bundleId,
          accountId: d.accountId,
          count: d.count,
          lastNumberLeftAt: d.lastNumberLeftAt,
          updatedAt: d.occurredAt,
        };
      }
      default: {
        const _exhaustive: never = event.type;
        return _row;
      }
    }
  },
};

export function isWellFormedCountChange(data: unknown): data is BundlePhoneNumberCountChanged['data'] {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    typeof d.bundleId === 'string' &&
    typeof d.accountId === 'string' &&
    typeof d.count === 'number' &&
    typeof d.occurredAt === 'string'
  );
}
