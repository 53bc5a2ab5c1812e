import type {
  BundleIntegrationEventType,
  BundleSnapshotV1,
  BundleStatusChangedV1,
} from '@compliance/contracts';
import { BUNDLE_EVENT_TYPES } from '@compliance/contracts';
import type { Projection } from '@compliance/event-sourcing';

/** What the service keeps of a bundle (`notifications.bundle_contacts`): where its notifications go. */
export interface BundleContactRow {
  readonly bundleId: string;
  readonly accountId: string;
  readonly statusCallback: string | null;
  readonly email: string | null;
  /** The remarks of the last status change, sent again with a later `validUntil` notification. */
  readonly remarks: string | null;
  /** Revision of the newest bundle event applied; an older one changes nothing. */
  readonly revision: number;
}

/** Every bundle event carries the snapshot; `remarks` comes with BundleStatusChanged, and may come with others. */
export interface BundleContactEvent {
  readonly type: BundleIntegrationEventType;
  readonly revision: number;
  readonly data: BundleSnapshotV1 & Partial<Pick<BundleStatusChangedV1, 'remarks'>>;
}

/**
 * `statusCallback` and `email` were added to the snapshot later and are optional: a missing field keeps what the
 * row holds, a `null` statusCallback removes the webhook.
 */
export const bundleContactProjection: Projection<BundleContactRow, BundleContactEvent> = {
  handles: BUNDLE_EVENT_TYPES,
  evolve(row, event) {
    if (row !== null && event.revision <= row.revision) return row;
    const d = event.data;
    const base: BundleContactRow = row ?? {
      bundleId: d.bundleId,
      accountId: d.accountId,
      statusCallback: null,
      email: null,
      remarks: null,
      revision: event.revision,
    };
    const next: BundleContactRow = {
      ...base,
      statusCallback: d.statusCallback === undefined ? base.statusCallback : d.statusCallback,
      email: d.email ?? base.email,
      revision: event.revision,
    };
    switch (event.type) {
      case 'BundleStatusChanged':
        return { ...next, remarks: d.remarks ?? null };
      // bundle-lifecycle's snapshots carry the bundle's current remarks on every event; the contract only on status changes.
      case 'BundleCreated':
      case 'BundleItemAssigned':
      case 'BundleItemRemoved':
      case 'BundleValidUntilSet':
      case 'BundleItemsReplaced':
      case 'BundleMetadataUpdated':
      case 'BundleDeleted':
        return d.remarks === undefined ? next : { ...next, remarks: d.remarks };
      default: {
        const _exhaustive: never = event.type;
        return row;
      }
    }
  },
};
