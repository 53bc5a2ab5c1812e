import type { BundleView } from '@compliance/contracts';
import type { Projection } from '@compliance/event-sourcing';
import type { BundleEvent, BundleItem, BundleSnapshot } from '../../domain/bundle.events';

/** One row of `bundles.bundles`: the public bundle, its items, and what the queue and the scheduler need. */
export interface BundleRow extends BundleView {
  items: BundleItem[];
  submittedAt: string | null;
  deleted: boolean;
  /** Stream revision of the last event applied: older or repeated events leave the row as it is. */
  revision: number;
}

/** A stored bundle event with its place in the stream. */
export type BundleProjectionEvent = BundleEvent & { revision: number };

export const bundleProjection: Projection<BundleRow, BundleProjectionEvent> = {
  handles: [
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
  ],
  evolve(row, event) {
    if (row && event.revision <= row.revision) return row;
    switch (event.type) {
      case 'BundleCreated':
      case 'BundleMetadataUpdated':
      case 'BundleItemAssigned':
      case 'BundleItemRemoved':
      case 'BundleValidUntilSet':
      case 'BundleItemsReplaced':
        return fromSnapshot(row, event.data, event.revision);
      case 'BundleStatusChanged': {
        const next = fromSnapshot(row, event.data, event.revision);
        return event.data.status === 'PENDING_REVIEW'
          ? { ...next, submittedAt: event.data.occurredAt }
          : next;
      }
      case 'BundleDeleted':
        return { ...fromSnapshot(row, event.data, event.revision), deleted: true };
      case 'BundleEvaluated':
      case 'BundlePhoneNumberCountRecorded':
        return row && { ...row, revision: event.revision };
      default: {
        const _exhaustive: never = event;
        return row;
      }
    }
  },
};

function fromSnapshot(row: BundleRow | null, data: BundleSnapshot, revision: number): BundleRow {
  return {
    bundleId: data.bundleId,
    accountId: data.accountId,
    status: data.status,
    regulationId: data.regulationId,
    regulationVersion: data.regulationVersion,
    country: data.country,
    numberType: data.numberType,
    endUserType: data.endUserType,
    friendlyName: data.friendlyName,
    customReference: data.customReference,
    email: data.email,
    statusCallback: data.statusCallback,
    validUntil: data.validUntil,
    remarks: data.remarks,
    failureReason: data.failureReason,
    copiedFrom: data.copiedFrom,
    createdAt: row?.createdAt ?? data.occurredAt,
    updatedAt: data.occurredAt,
    items: data.items,
    submittedAt: row?.submittedAt ?? null,
    deleted: false,
    revision,
  };
}

export function toBundleView(row: BundleRow): BundleView {
  const { items: _items, submittedAt: _submitted, deleted: _deleted, revision: _revision, ...view } = row;
  return view;
}
