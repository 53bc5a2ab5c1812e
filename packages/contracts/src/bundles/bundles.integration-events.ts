import type { CatalogEndUserType, CatalogNumberType } from '../catalog/catalog.messages';

export const BUNDLE_STATUSES = ['DRAFT', 'PENDING_REVIEW', 'IN_REVIEW', 'APPROVED', 'REJECTED'] as const;
export type BundleStatus = (typeof BUNDLE_STATUSES)[number];

/** Statuses in which a bundle locks its assets (PATCH/DELETE of the asset → 409 ASSET_LOCKED). */
export const ASSET_LOCKING_BUNDLE_STATUSES: readonly BundleStatus[] = [
  'PENDING_REVIEW',
  'IN_REVIEW',
  'APPROVED',
];

export const BUNDLE_ASSET_TYPES = ['END_USER', 'ADDRESS', 'DOCUMENT'] as const;
export type BundleAssetType = (typeof BUNDLE_ASSET_TYPES)[number];

export interface BundleItemRef {
  itemId: string;
  assetType: BundleAssetType;
  assetId: string;
}

/**
 * Events bundle-lifecycle publishes on `bundles.events` (the store envelope as JSON: `{ eventId, type, data,
 * metadata, streamId, revision, position }`, key = bundle id, so order per bundle holds). `metadata.schemaVersion` is
 * the version of `data`; these are all v1. No personal data travels in them, except the bundle's contact `email`
 * (given by the customer for notifications, needed by the notifications service).
 *
 * Every event below carries the bundle's `status` and its full `items` list AFTER the change, so a consumer keeps a
 * local view of a bundle (which assets it holds, whether they are locked) from the latest event alone, without
 * replaying the history. Consumers ignore event types they do not know (bundle-lifecycle may publish more) and drop
 * redeliveries by `eventId`; per bundle, a larger `revision` is newer.
 */
export interface BundleSnapshotV1 {
  bundleId: string;
  accountId: string;
  status: BundleStatus;
  regulationId: string;
  regulationVersion: number;
  /** ISO 3166-1 alpha-3. */
  country: string;
  numberType: CatalogNumberType;
  endUserType: CatalogEndUserType;
  items: BundleItemRef[];
  validUntil: string | null;
  failureReason: string | null;
  copiedFrom: string | null;
  /**
   * Where notifications go (added to v1, optional: consumers treat a missing field as "unknown", not as "none").
   * `statusCallback` null means the bundle has no webhook.
   */
  statusCallback?: string | null;
  email?: string;
  /** ISO-8601 UTC. */
  occurredAt: string;
}

export interface BundleStatusChangedV1 extends BundleSnapshotV1 {
  previousStatus: BundleStatus;
  remarks: string | null;
  /** On REJECTED: the reviewer's reasons per item; the assets named here become REJECTED with that reason. */
  itemFailures: Array<BundleItemRef & { failureReason: string }>;
}

export interface BundleValidUntilSetV1 extends BundleSnapshotV1 {
  /** The newer regulation version that made this bundle's version old. */
  newRegulationVersion: number;
}

/** Published when `friendlyName`, `customReference`, `email` or `statusCallback` change (PATCH without status). */
export interface BundleMetadataUpdatedV1 extends BundleSnapshotV1 {
  statusCallback: string | null;
  email: string;
}

export interface BundleItemsReplacedV1 extends BundleSnapshotV1 {
  /** The APPROVED copy whose items this bundle took; that copy publishes its own BundleItemRemoved events. */
  fromBundleId: string;
}

export type BundleIntegrationEvent =
  | { type: 'BundleCreated'; data: BundleSnapshotV1 }
  | { type: 'BundleItemAssigned'; data: BundleSnapshotV1 & { item: BundleItemRef } }
  | { type: 'BundleItemRemoved'; data: BundleSnapshotV1 & { item: BundleItemRef } }
  | { type: 'BundleStatusChanged'; data: BundleStatusChangedV1 }
  | { type: 'BundleValidUntilSet'; data: BundleValidUntilSetV1 }
  | { type: 'BundleItemsReplaced'; data: BundleItemsReplacedV1 }
  | { type: 'BundleMetadataUpdated'; data: BundleMetadataUpdatedV1 }
  | { type: 'BundleDeleted'; data: BundleSnapshotV1 };

export type BundleIntegrationEventType = BundleIntegrationEvent['type'];

export const BUNDLE_EVENT_TYPES: readonly BundleIntegrationEventType[] = [
  'BundleCreated',
  'BundleItemAssigned',
  'BundleItemRemoved',
  'BundleStatusChanged',
  'BundleValidUntilSet',
  'BundleItemsReplaced',
  'BundleMetadataUpdated',
  'BundleDeleted',
];

export const BUNDLE_EVENT_SCHEMA_VERSION = 1;

export function isBundleEventType(type: string): type is BundleIntegrationEventType {
  return (BUNDLE_EVENT_TYPES as readonly string[]).includes(type);
}
