import type {
  BundleAssetType,
  BundleItemRef,
  BundleSnapshotV1,
  BundleStatus,
  CatalogEndUserType,
  CatalogNumberType,
} from '@compliance/contracts';
import type { Evaluation } from './evaluation/evaluation.types';

/** An item as the bundle stores it: the public reference plus when it was assigned. */
export interface BundleItem extends BundleItemRef {
  createdAt: string;
}

/**
 * What every snapshot-carrying event holds: the integration snapshot of `bundles.events` (BundleSnapshotV1, with
 * contact fields always present) plus the bundle's own metadata. Stored events ARE the published ones, so consumers
 * read the same shape and ignore the extra fields.
 */
export interface BundleSnapshot extends BundleSnapshotV1 {
  items: BundleItem[];
  statusCallback: string | null;
  email: string;
  friendlyName: string;
  customReference: string | null;
  remarks: string | null;
}

export interface ItemFailure extends BundleItemRef {
  failureReason: string;
}

export type BundleCreated = { type: 'BundleCreated'; data: BundleSnapshot };
export type BundleMetadataUpdated = { type: 'BundleMetadataUpdated'; data: BundleSnapshot };
export type BundleItemAssigned = { type: 'BundleItemAssigned'; data: BundleSnapshot & { item: BundleItem } };
export type BundleItemRemoved = {
  type: 'BundleItemRemoved';
  /** `movedTo`: the item left because replaceItems moved it into that bundle (the original of this copy). */
  data: BundleSnapshot & { item: BundleItem; movedTo?: string };
};
export type BundleStatusChanged = {
  type: 'BundleStatusChanged';
  data: BundleSnapshot & { previousStatus: BundleStatus; itemFailures: ItemFailure[] };
};
export type BundleValidUntilSet = {
  type: 'BundleValidUntilSet';
  data: BundleSnapshot & { newRegulationVersion: number };
};
export type BundleItemsReplaced = {
  type: 'BundleItemsReplaced';
  data: BundleSnapshot & { fromBundleId: string };
};
export type BundleDeleted = {
  type: 'BundleDeleted';
  data: BundleSnapshot & { reason: DeletionReason };
};
/** Internal: an evaluation was run and stored (listable); consumers of `bundles.events` ignore it. */
export type BundleEvaluated = {
  type: 'BundleEvaluated';
  data: { bundleId: string; accountId: string; evaluation: Evaluation };
};
/** Internal: number-assignment said how many numbers the bundle holds (for the deletion and retention rules). */
export type BundlePhoneNumberCountRecorded = {
  type: 'BundlePhoneNumberCountRecorded';
  data: {
    bundleId: string;
    accountId: string;
    count: number;
    lastNumberLeftAt: string | null;
    occurredAt: string;
  };
};

export type DeletionReason = 'REQUESTED' | 'STALE_DRAFT';

export type BundleEvent =
  | BundleCreated
  | BundleMetadataUpdated
  | BundleItemAssigned
  | BundleItemRemoved
  | BundleStatusChanged
  | BundleValidUntilSet
  | BundleItemsReplaced
  | BundleDeleted
  | BundleEvaluated
  | BundlePhoneNumberCountRecorded;

export type BundleEventType = BundleEvent['type'];

export const BUNDLE_STORED_EVENT_TYPES: readonly BundleEventType[] = [
  'BundleCreated',
  'BundleMetadataUpdated',
  'BundleItemAssigned',
  'BundleItemRemoved',
  'BundleStatusChanged',
  'BundleValidUntilSet',
  'BundleItemsReplaced',
  'BundleDeleted',
  'BundleEvaluated',
  'BundlePhoneNumberCountRecorded',
];

export interface RegulationRef {
  regulationId: string;
  version: number;
  country: string;
  numberType: CatalogNumberType;
  endUserType: CatalogEndUserType;
}

export type { BundleAssetType, BundleStatus };
