import { NotFoundError, type Decider } from '@compliance/event-sourcing';
import type { BundleCommand, DecideBundle, ReplaceItems, SubmitBundle } from './bundle.command';
import {
  acknowledgementRequired,
  bundleNotFound,
  evaluationFailed,
  invalidField,
  invalidTransition,
  notEditable,
  retentionHold,
} from './bundle.errors';
import type { BundleEvent, BundleItem, BundleSnapshot, BundleStatus, ItemFailure } from './bundle.events';
import { isEditable, type Bundle, type BundleState } from './bundle.state';
import { REGULATION_UPDATED, REVIEW_REJECTED, RETENTION_YEARS, STALE_DRAFT_DAYS } from './bundle.rules';

const DAY_MS = 24 * 60 * 60 * 1000;

export const bundleDecider: Decider<BundleCommand, BundleEvent, BundleState> = {
  initialState: null,
  evolve,
  decide,
};

function decide(command: BundleCommand, state: BundleState): BundleEvent[] {
  const now = command.metadata.now.toISOString();
  if (command.type === 'CreateBundle') {
    if (state !== null) {
      // The same create again (a retried request) changes nothing; anything else cannot reuse the id.
      if (state.accountId === command.data.accountId) return [];
      throw bundleNotFound(command.data.bundleId);
    }
    const { bundleId, accountId, regulation, details, copiedFrom, items } = command.data;
    return [
      {
        type: 'BundleCreated',
        data: {
          bundleId,
          accountId,
          status: 'DRAFT',
          regulationId: regulation.regulationId,
          regulationVersion: regulation.version,
          country: regulation.country,
          numberType: regulation.numberType,
          endUserType: regulation.endUserType,
          items,
          validUntil: null,
          failureReason: null,
          copiedFrom,
          ...details,
          remarks: null,
          occurredAt: now,
        },
      },
    ];
  }

  const bundle = visible(state, command.data.bundleId, command.data.accountId);
  const snapshot = (changes: Partial<BundleSnapshot> = {}): BundleSnapshot => ({
    ...snapshotOf(bundle),
    ...changes,
    occurredAt: now,
  });

  switch (command.type) {
    case 'UpdateBundleDetails': {
      const changes = Object.fromEntries(
        Object.entries(command.data.changes).filter(
          ([key, value]) => value !== undefined && bundle[key as keyof Bundle] !== value,
        ),
      );
      if (Object.keys(changes).length === 0) return [];
      return [{ type: 'BundleMetadataUpdated', data: snapshot(changes) }];
    }
    case 'AssignItem': {
      const { item } = command.data;
      const existing = bundle.items.find((i) => i.itemId === item.itemId);
      if (existing) return []; // the same request again
      if (!isEditable(bundle.status)) throw notEditable(bundle.status);
      if (bundle.items.some((i) => i.assetId === item.assetId)) {
        throw invalidField('assetId', 'ALREADY_ASSIGNED', `Asset ${item.assetId} is already in this bundle.`);
      }
      if (item.assetType === 'END_USER') {
        const endUser = bundle.items.find((i) => i.assetType === 'END_USER');
        if (endUser) {
          throw invalidField(
            'assetType',
            'END_USER_ALREADY_ASSIGNED',
            `The bundle already holds end user ${endUser.assetId} (item ${endUser.itemId}); remove that item first. A bundle holds at most one end user.`,
          );
        }
      }
      const assigned: BundleItem = { ...item, createdAt: now };
      return [
        {
          type: 'BundleItemAssigned',
          data: { ...snapshot({ items: [...bundle.items, assigned] }), item: assigned },
        },
      ];
    }
    case 'RemoveItem': {
      const item = bundle.items.find((i) => i.itemId === command.data.itemId);
      if (!item) throw bundleItemNotFound(command.data.itemId);
      if (!isEditable(bundle.status)) throw notEditable(bundle.status);
      return [
        {
          type: 'BundleItemRemoved',
          data: { ...snapshot({ items: bundle.items.filter((i) => i !== item) }), item },
        },
      ];
    }
    case 'RecordEvaluation': {
      const { evaluation } = command.data;
      if (bundle.evaluations.some((e) => e.evaluationId === evaluation.evaluationId)) return [];
      return [
        {
          type: 'BundleEvaluated',
          data: { bundleId: bundle.bundleId, accountId: bundle.accountId, evaluation },
        },
      ];
    }
    case 'SubmitBundle':
      return submit(command, bundle, snapshot);
    case 'ClaimBundle': {
      if (bundle.status === 'IN_REVIEW') return [];
      if (bundle.status !== 'PENDING_REVIEW') {
        throw invalidTransition(bundle.status, 'IN_REVIEW', 'only a PENDING_REVIEW bundle can be claimed.');
      }
      return [statusChanged(bundle, snapshot({ status: 'IN_REVIEW' }), [])];
    }
    case 'DecideBundle':
      return decideReview(command, bundle, snapshot);
    case 'SetValidUntil': {
      const { regulationId, newRegulationVersion, validUntil } = command.data;
      if (bundle.status !== 'APPROVED' || bundle.regulationId !== regulationId) return [];
      if (bundle.regulationVersion >= newRegulationVersion) return [];
      // A later version never pushes an earlier deadline out.
      if (bundle.validUntil !== null && bundle.validUntil <= validUntil) return [];
      return [{ type: 'BundleValidUntilSet', data: { ...snapshot({ validUntil }), newRegulationVersion } }];
    }
    case 'ExpireBundle': {
      if (bundle.status !== 'APPROVED' || bundle.validUntil === null || bundle.validUntil > now) return [];
      return [
        statusChanged(
          bundle,
          snapshot({ status: 'REJECTED', failureReason: REGULATION_UPDATED, remarks: null }),
          [],
        ),
      ];
    }
    case 'ReplaceItems':
      return replaceItems(command, bundle, snapshot);
    case 'HandOverItems': {
      if (bundle.itemsMovedTo === command.data.toBundleId) return [];
      if (bundle.copiedFrom !== command.data.toBundleId || bundle.status !== 'APPROVED') {
        throw invalidTransition(
          bundle.status,
          'EMPTY',
          'only an APPROVED copy hands its items to its original.',
        );
      }
      let items = bundle.items;
      return bundle.items.map((item) => {
        items = items.filter((i) => i !== item);
        return {
          type: 'BundleItemRemoved',
          data: { ...snapshot({ items }), item, movedTo: command.data.toBundleId },
        } satisfies BundleEvent;
      });
    }
    case 'DeleteBundle': {
      const emptiedCopy = bundle.itemsMovedTo !== null && bundle.items.length === 0;
      if (!isEditable(bundle.status) && !emptiedCopy) {
        throw invalidTransition(
          bundle.status,
          'DELETED',
          'only DRAFT and REJECTED bundles (and copies emptied by replaceItems) can be deleted.',
        );
      }
      if (bundle.phoneNumberCount > 0) {
        throw retentionHold(
          `The bundle holds ${bundle.phoneNumberCount} phone number(s); remove them before deleting it.`,
        );
      }
      const holdUntil = retentionEnd(bundle);
      if (holdUntil !== null && holdUntil > now) {
        throw retentionHold(
          `The bundle was approved and held phone numbers; it is kept until ${holdUntil} (2 years after its last number left).`,
        );
      }
      return [{ type: 'BundleDeleted', data: { ...snapshot(), reason: 'REQUESTED' } }];
    }
    case 'PurgeStaleDraft': {
      const staleSince = new Date(command.metadata.now.getTime() - STALE_DRAFT_DAYS * DAY_MS).toISOString();
      if (bundle.status !== 'DRAFT' || bundle.updatedAt > staleSince || bundle.phoneNumberCount > 0)
        return [];
      return [{ type: 'BundleDeleted', data: { ...snapshot(), reason: 'STALE_DRAFT' } }];
    }
    case 'RecordPhoneNumberCount': {
      const { count, lastNumberLeftAt } = command.data;
      if (count === bundle.phoneNumberCount && lastNumberLeftAt === bundle.lastNumberLeftAt) return [];
      return [
        {
          type: 'BundlePhoneNumberCountRecorded',
          data: {
            bundleId: bundle.bundleId,
            accountId: bundle.accountId,
            count,
            lastNumberLeftAt,
            occurredAt: now,
          },
        },
      ];
    }
    default: {
      const _exhaustive: never = command;
      return [];
    }
  }
}

function submit(
  command: SubmitBundle,
  bundle: Bundle,
  snapshot: (changes?: Partial<BundleSnapshot>) => BundleSnapshot,
): BundleEvent[] {
  if (!isEditable(bundle.status)) {
    throw invalidTransition(
      bundle.status,
      'PENDING_REVIEW',
      'only DRAFT and REJECTED bundles can be submitted.',
    );
  }
  if (!command.data.allDetailsAccurate) throw acknowledgementRequired();
  const { evaluation } = command.data;
  if (evaluation.status !== 'COMPLIANT') throw evaluationFailed(evaluation);
  return [
    { type: 'BundleEvaluated', data: { bundleId: bundle.bundleId, accountId: bundle.accountId, evaluation } },
    statusChanged(
      bundle,
      snapshot({
        status: 'PENDING_REVIEW',
        regulationVersion: evaluation.regulationVersion,
        validUntil: null,
        failureReason: null,
        remarks: null,
      }),
      [],
    ),
  ];
}

function decideReview(
  command: DecideBundle,
  bundle: Bundle,
  snapshot: (changes?: Partial<BundleSnapshot>) => BundleSnapshot,
): BundleEvent[] {
  const { decision, remarks, itemFailures } = command.data;
  const target: BundleStatus = decision === 'APPROVE' ? 'APPROVED' : 'REJECTED';
  if (bundle.status !== 'PENDING_REVIEW' && bundle.status !== 'IN_REVIEW') {
    throw invalidTransition(
      bundle.status,
      target,
      'only bundles in PENDING_REVIEW or IN_REVIEW can be decided.',
    );
  }
  if (decision === 'REJECT' && (remarks === null || remarks.trim() === '')) {
    throw invalidField(
      'remarks',
      'REQUIRED',
      'A rejection needs remarks that tell the customer what to fix.',
    );
  }
  if (decision === 'APPROVE' && itemFailures.length > 0) {
    throw invalidField('itemFailures', 'NOT_ALLOWED', 'An approval cannot carry item failures.');
  }
  const failures: ItemFailure[] = itemFailures.map((failure, index) => {
    const item = bundle.items.find((i) => i.itemId === failure.itemId);
    if (!item) {
      throw invalidField(
        `itemFailures[${index}].itemId`,
        'UNKNOWN_ITEM',
        `Item ${failure.itemId} is not in this bundle.`,
      );
    }
    return {
      itemId: item.itemId,
      assetType: item.assetType,
      assetId: item.assetId,
      failureReason: failure.failureReason,
    };
  });
  return [
    statusChanged(
      bundle,
      snapshot({
        status: target,
        remarks,
        failureReason: decision === 'REJECT' ? REVIEW_REJECTED : null,
        validUntil: decision === 'APPROVE' ? null : bundle.validUntil,
      }),
      failures,
    ),
  ];
}

function replaceItems(
  command: ReplaceItems,
  bundle: Bundle,
  snapshot: (changes?: Partial<BundleSnapshot>) => BundleSnapshot,
): BundleEvent[] {
  const { from } = command.data;
  if (bundle.replacedFrom === from.bundleId) return [];
  if (from.accountId !== bundle.accountId || from.copiedFrom !== bundle.bundleId) {
    throw invalidField(
      'fromBundleId',
      'NOT_A_COPY',
      `Bundle ${from.bundleId} is not a copy of ${bundle.bundleId}.`,
    );
  }
  if (bundle.status !== 'APPROVED') {
    throw invalidTransition(
      bundle.status,
      'APPROVED',
      'only an APPROVED bundle takes the items of its approved copy.',
    );
  }
  if (from.status !== 'APPROVED') {
    throw invalidTransition(from.status, 'REPLACED', `the copy ${from.bundleId} must be APPROVED first.`);
  }
  return [
    {
      type: 'BundleItemsReplaced',
      data: {
        ...snapshot({ items: from.items, regulationVersion: from.regulationVersion, validUntil: null }),
        fromBundleId: from.bundleId,
      },
    },
  ];
}

function statusChanged(bundle: Bundle, data: BundleSnapshot, itemFailures: ItemFailure[]): BundleEvent {
  return { type: 'BundleStatusChanged', data: { ...data, previousStatus: bundle.status, itemFailures } };
}

function visible(state: BundleState, bundleId: string, accountId: string | null): Bundle {
  if (state === null || state.deleted || (accountId !== null && state.accountId !== accountId)) {
    throw bundleNotFound(bundleId);
  }
  return state;
}

function bundleItemNotFound(itemId: string): NotFoundError {
  return new NotFoundError('item', itemId);
}

/** When the 2-year retention of an approved bundle ends, or null when none applies. */
export function retentionEnd(bundle: Bundle): string | null {
  if (bundle.approvedAt === null || bundle.lastNumberLeftAt === null) return null;
  const end = new Date(bundle.lastNumberLeftAt);
  end.setUTCFullYear(end.getUTCFullYear() + RETENTION_YEARS);
  return end.toISOString();
}

export function snapshotOf(bundle: Bundle): Omit<BundleSnapshot, 'occurredAt'> {
  return {
    bundleId: bundle.bundleId,
    accountId: bundle.accountId,
    status: bundle.status,
    regulationId: bundle.regulationId,
    regulationVersion: bundle.regulationVersion,
    country: bundle.country,
    numberType: bundle.numberType,
    endUserType: bundle.endUserType,
    items: bundle.items,
    validUntil: bundle.validUntil,
    failureReason: bundle.failureReason,
    copiedFrom: bundle.copiedFrom,
    statusCallback: bundle.statusCallback,
    email: bundle.email,
    friendlyName: bundle.friendlyName,
    customReference: bundle.customReference,
    remarks: bundle.remarks,
  };
}

function fromSnapshot(previous: Bundle | null, data: BundleSnapshot): Bundle {
  const { occurredAt, ...rest } = data;
  return {
    ...rest,
    createdAt: previous?.createdAt ?? occurredAt,
    updatedAt: occurredAt,
    submittedAt: previous?.submittedAt ?? null,
    approvedAt: previous?.approvedAt ?? null,
    deleted: false,
    evaluations: previous?.evaluations ?? [],
    phoneNumberCount: previous?.phoneNumberCount ?? 0,
    lastNumberLeftAt: previous?.lastNumberLeftAt ?? null,
    itemsMovedTo: previous?.itemsMovedTo ?? null,
    replacedFrom: previous?.replacedFrom ?? null,
  };
}

function evolve(state: BundleState, event: BundleEvent): BundleState {
  switch (event.type) {
    case 'BundleCreated':
      return fromSnapshot(null, event.data);
    case 'BundleMetadataUpdated':
    case 'BundleItemAssigned':
    case 'BundleValidUntilSet':
      return state && fromSnapshot(state, event.data);
    case 'BundleItemRemoved': {
      if (!state) return state;
      const next = fromSnapshot(state, event.data);
      return event.data.movedTo ? { ...next, itemsMovedTo: event.data.movedTo } : next;
    }
    case 'BundleStatusChanged': {
      if (!state) return state;
      const next = fromSnapshot(state, event.data);
      if (event.data.status === 'PENDING_REVIEW') next.submittedAt = event.data.occurredAt;
      if (event.data.status === 'APPROVED') next.approvedAt = event.data.occurredAt;
      return next;
    }
    case 'BundleItemsReplaced':
      return state && { ...fromSnapshot(state, event.data), replacedFrom: event.data.fromBundleId };
    case 'BundleDeleted':
      return state && { ...fromSnapshot(state, event.data), deleted: true };
    case 'BundleEvaluated':
      return state && { ...state, evaluations: [...state.evaluations, event.data.evaluation] };
    case 'BundlePhoneNumberCountRecorded':
      return (
        state && {
          ...state,
          phoneNumberCount: event.data.count,
          lastNumberLeftAt: event.data.lastNumberLeftAt,
        }
      );
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}
