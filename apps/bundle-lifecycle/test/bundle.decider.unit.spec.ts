import { DeciderSpec } from '@compliance/event-sourcing/testing';
import { bundleDecider, retentionEnd } from '../src/domain/bundle.decider';
import type { BundleEvent } from '../src/domain/bundle.events';
import {
  ACCOUNT_ID,
  at,
  BUNDLE_ID,
  command,
  created,
  evaluation,
  item,
  OTHER_ACCOUNT,
  REGULATION_ID,
  snapshot,
  statusChanged,
  T0,
} from './support/bundle-fixtures';

const spec = DeciderSpec.for(bundleDecider);
const T1 = '2026-02-01T00:00:00.000Z';
const draft = [created()];
const pending = [...draft, statusChanged('DRAFT', { status: 'PENDING_REVIEW' })];
const inReview = [...pending, statusChanged('PENDING_REVIEW', { status: 'IN_REVIEW' })];
const approved = [...inReview, statusChanged('IN_REVIEW', { status: 'APPROVED' })];
const rejected = [
  ...inReview,
  statusChanged('IN_REVIEW', { status: 'REJECTED', failureReason: 'REVIEW_REJECTED', remarks: 'blurry' }),
];
const deleted: BundleEvent[] = [
  ...draft,
  { type: 'BundleDeleted', data: { ...snapshot(), reason: 'REQUESTED' } },
];
const details = {
  friendlyName: 'Berlin office',
  email: 'ops@example.com',
  statusCallback: 'https://example.com/hook',
  customReference: null,
};
const regulation = {
  regulationId: REGULATION_ID,
  version: 1,
  country: 'DEU',
  numberType: 'LOCAL' as const,
  endUserType: 'BUSINESS' as const,
};

describe('bundle decider', () => {
  describe('CreateBundle', () => {
    const create = command('CreateBundle', {
      accountId: ACCOUNT_ID,
      regulation,
      details,
      copiedFrom: null,
      items: [],
    } as never);
    it('creates a DRAFT on the given regulation version', () => {
      spec.given([]).when(create).then([created()]);
    });
    it('changes nothing when the same create comes again (a retried request)', () => {
      spec.given(draft).when(create).thenNothing();
    });
    it('refuses another account reusing the id', () => {
      spec
        .given(draft)
        .when(
          command('CreateBundle', {
            accountId: OTHER_ACCOUNT,
            regulation,
            details,
            copiedFrom: null,
            items: [],
          } as never),
        )
        .thenThrows('NOT_FOUND');
    });
    it('a copy starts in DRAFT with copiedFrom and its items', () => {
      const copy = command('CreateBundle', {
        accountId: ACCOUNT_ID,
        regulation,
        details,
        copiedFrom: 'bun_original',
        items: [item(1, 'END_USER')],
      } as never);
      spec
        .given([])
        .when(copy)
        .then([created({ copiedFrom: 'bun_original', items: [item(1, 'END_USER')] })]);
    });
  });

  describe('visibility', () => {
    it.each([
      ['an unknown bundle', []],
      ['a deleted bundle', deleted],
    ])('%s is NOT_FOUND for every command', (_name, given) => {
      spec
        .given(given)
        .when(command('ClaimBundle', {}, at(T0), null))
        .thenThrows('NOT_FOUND');
      spec
        .given(given)
        .when(command('UpdateBundleDetails', { changes: { friendlyName: 'x' } }))
        .thenThrows('NOT_FOUND');
    });
    it("another account's bundle is NOT_FOUND; staff (no account) may act on it", () => {
      const other = { ...at(T0), accountId: OTHER_ACCOUNT };
      spec
        .given(draft)
        .when(command('AssignItem', { item: item(1) }, other, OTHER_ACCOUNT))
        .thenThrows('NOT_FOUND');
      spec
        .given(pending)
        .when(command('ClaimBundle', {}, at(T0, 'stf_rita'), null))
        .then([statusChanged('PENDING_REVIEW', { status: 'IN_REVIEW' })]);
    });
  });

  describe('UpdateBundleDetails (any status)', () => {
    it.each([
      ['DRAFT', draft],
      ['APPROVED', approved],
      ['REJECTED', rejected],
    ] as const)('changes metadata in %s', (status, given) => {
      spec
        .given(given)
        .when(
          command(
            'UpdateBundleDetails',
            { changes: { friendlyName: 'Munich', email: 'new@example.com' } },
            at(T1),
          ),
        )
        .then([
          {
            type: 'BundleMetadataUpdated',
            data: snapshot({
              status,
              friendlyName: 'Munich',
              email: 'new@example.com',
              occurredAt: T1,
              ...(status === 'REJECTED' && { failureReason: 'REVIEW_REJECTED', remarks: 'blurry' }),
            }),
          },
        ]);
    });
    it('records nothing when nothing differs', () => {
      spec
        .given(draft)
        .when(command('UpdateBundleDetails', { changes: { friendlyName: 'Berlin office' } }))
        .thenNothing();
    });
  });

  describe('items', () => {
    const withItem: BundleEvent[] = [
      ...draft,
      { type: 'BundleItemAssigned', data: { ...snapshot({ items: [item(1)] }), item: item(1) } },
    ];
    it('assigns an item in DRAFT, carrying the full item list', () => {
      const state = spec
        .given(draft)
        .when(command('AssignItem', { item: { itemId: 'itm_01', assetType: 'DOCUMENT', assetId: 'doc_01' } }))
        .then([{ type: 'BundleItemAssigned', data: { ...snapshot({ items: [item(1)] }), item: item(1) } }]);
      expect(state?.items).toEqual([item(1)]);
    });
    it('assigns in REJECTED', () => {
      spec
        .given(rejected)
        .when(command('AssignItem', { item: { itemId: 'itm_01', assetType: 'DOCUMENT', assetId: 'doc_01' } }))
        .then([
          {
            type: 'BundleItemAssigned',
            data: {
              ...snapshot({
                status: 'REJECTED',
                failureReason: 'REVIEW_REJECTED',
                remarks: 'blurry',
                items: [item(1)],
              }),
              item: item(1),
            },
          },
        ]);
    });
    it.each([
      ['PENDING_REVIEW', pending],
      ['IN_REVIEW', inReview],
      ['APPROVED', approved],
    ] as const)('refuses assigning and removing in %s (BUNDLE_NOT_EDITABLE)', (_status, given) => {
      spec
        .given(given)
        .when(command('AssignItem', { item: { itemId: 'itm_09', assetType: 'DOCUMENT', assetId: 'doc_09' } }))
        .thenThrows('BUNDLE_NOT_EDITABLE');
    });
    it('refuses removing once submitted', () => {
      const submitted = [...withItem, statusChanged('DRAFT', { status: 'PENDING_REVIEW', items: [item(1)] })];
      spec
        .given(submitted)
        .when(command('RemoveItem', { itemId: 'itm_01' }))
        .thenThrows('BUNDLE_NOT_EDITABLE');
    });
    it('the same item id again changes nothing', () => {
      spec
        .given(withItem)
        .when(command('AssignItem', { item: { itemId: 'itm_01', assetType: 'DOCUMENT', assetId: 'doc_01' } }))
        .thenNothing();
    });
    it('refuses the same asset under another item', () => {
      spec
        .given(withItem)
        .when(command('AssignItem', { item: { itemId: 'itm_02', assetType: 'DOCUMENT', assetId: 'doc_01' } }))
        .thenThrows('VALIDATION_FAILED');
    });
    it('allows at most one end user', () => {
      const withEndUser: BundleEvent[] = [
        ...draft,
        {
          type: 'BundleItemAssigned',
          data: { ...snapshot({ items: [item(1, 'END_USER')] }), item: item(1, 'END_USER') },
        },
      ];
      const error = spec
        .given(withEndUser)
        .when(command('AssignItem', { item: { itemId: 'itm_02', assetType: 'END_USER', assetId: 'eu_02' } }))
        .thenThrows('VALIDATION_FAILED');
      expect(error.message).toMatch(/remove that item first/);
    });
    it('removes an item', () => {
      spec
        .given(withItem)
        .when(command('RemoveItem', { itemId: 'itm_01' }))
        .then([{ type: 'BundleItemRemoved', data: { ...snapshot({ items: [] }), item: item(1) } }]);
    });
    it('an unknown item is NOT_FOUND', () => {
      spec
        .given(withItem)
        .when(command('RemoveItem', { itemId: 'itm_99' }))
        .thenThrows('NOT_FOUND');
    });
  });

  describe('SubmitBundle', () => {
    it.each([
      ['DRAFT', draft],
      ['REJECTED', rejected],
    ] as const)('submits from %s with a compliant evaluation on its version', (status, given) => {
      const state = spec
        .given(given)
        .when(
          command(
            'SubmitBundle',
            { allDetailsAccurate: true, evaluation: evaluation('COMPLIANT', 2) },
            at(T1),
          ),
        )
        .then([
          {
            type: 'BundleEvaluated',
            data: { bundleId: BUNDLE_ID, accountId: ACCOUNT_ID, evaluation: evaluation('COMPLIANT', 2) },
          },
          {
            type: 'BundleStatusChanged',
            data: {
              ...snapshot({ status: 'PENDING_REVIEW', regulationVersion: 2, occurredAt: T1 }),
              previousStatus: status,
              itemFailures: [],
            },
          },
        ]);
      expect(state?.submittedAt).toBe(T1);
      expect(state?.evaluations.map((e) => e.evaluationId)).toEqual(['evl_01']);
    });
    it('needs the acknowledgement', () => {
      spec
        .given(draft)
        .when(command('SubmitBundle', { allDetailsAccurate: false, evaluation: evaluation('COMPLIANT') }))
        .thenThrows('ACKNOWLEDGEMENT_REQUIRED');
    });
    it('refuses a noncompliant evaluation, carrying it', () => {
      const error = spec
        .given(draft)
        .when(command('SubmitBundle', { allDetailsAccurate: true, evaluation: evaluation('NONCOMPLIANT') }))
        .thenThrows('EVALUATION_FAILED');
      expect((error as unknown as { details: { evaluation: unknown } }).details.evaluation).toEqual(
        evaluation('NONCOMPLIANT'),
      );
    });
    it.each([
      ['PENDING_REVIEW', pending],
      ['IN_REVIEW', inReview],
      ['APPROVED', approved],
    ] as const)('refuses from %s', (_s, given) => {
      spec
        .given(given)
        .when(command('SubmitBundle', { allDetailsAccurate: true, evaluation: evaluation('COMPLIANT') }))
        .thenThrows('INVALID_STATUS_TRANSITION');
    });
  });

  describe('review', () => {
    const staff = at(T1, 'stf_rita');
    it('claims a PENDING_REVIEW bundle; claiming again changes nothing', () => {
      spec
        .given(pending)
        .when(command('ClaimBundle', {}, staff, null))
        .then([statusChanged('PENDING_REVIEW', { status: 'IN_REVIEW' }, T1)]);
      spec
        .given(inReview)
        .when(command('ClaimBundle', {}, staff, null))
        .thenNothing();
    });
    it.each([
      ['DRAFT', draft],
      ['APPROVED', approved],
      ['REJECTED', rejected],
    ] as const)('refuses claiming in %s', (_s, given) => {
      spec
        .given(given)
        .when(command('ClaimBundle', {}, staff, null))
        .thenThrows('INVALID_STATUS_TRANSITION');
    });
    it.each([
      ['PENDING_REVIEW', pending],
      ['IN_REVIEW', inReview],
    ] as const)('approves from %s', (from, given) => {
      const state = spec
        .given(given)
        .when(command('DecideBundle', { decision: 'APPROVE', remarks: null, itemFailures: [] }, staff, null))
        .then([statusChanged(from, { status: 'APPROVED' }, T1)]);
      expect(state?.approvedAt).toBe(T1);
    });
    it('rejects with remarks and item failures naming the assets', () => {
      const withItem: BundleEvent[] = [
        ...draft,
        { type: 'BundleItemAssigned', data: { ...snapshot({ items: [item(1)] }), item: item(1) } },
        statusChanged('DRAFT', { status: 'PENDING_REVIEW', items: [item(1)] }),
      ];
      spec
        .given(withItem)
        .when(
          command(
            'DecideBundle',
            {
              decision: 'REJECT',
              remarks: 'Passport expired',
              itemFailures: [{ itemId: 'itm_01', failureReason: 'expired' }],
            },
            staff,
            null,
          ),
        )
        .then([
          {
            type: 'BundleStatusChanged',
            data: {
              ...snapshot({
                status: 'REJECTED',
                items: [item(1)],
                remarks: 'Passport expired',
                failureReason: 'REVIEW_REJECTED',
                occurredAt: T1,
              }),
              previousStatus: 'PENDING_REVIEW',
              itemFailures: [
                { itemId: 'itm_01', assetType: 'DOCUMENT', assetId: 'doc_01', failureReason: 'expired' },
              ],
            },
          },
        ]);
    });
    it('a rejection needs remarks; item failures must name items of the bundle; an approval carries none', () => {
      spec
        .given(inReview)
        .when(command('DecideBundle', { decision: 'REJECT', remarks: ' ', itemFailures: [] }, staff, null))
        .thenThrows('VALIDATION_FAILED');
      spec
        .given(inReview)
        .when(
          command(
            'DecideBundle',
            { decision: 'REJECT', remarks: 'x', itemFailures: [{ itemId: 'itm_99', failureReason: 'x' }] },
            staff,
            null,
          ),
        )
        .thenThrows('VALIDATION_FAILED');
      spec
        .given(inReview)
        .when(
          command(
            'DecideBundle',
            { decision: 'APPROVE', remarks: null, itemFailures: [{ itemId: 'itm_99', failureReason: 'x' }] },
            staff,
            null,
          ),
        )
        .thenThrows('VALIDATION_FAILED');
    });
    it.each([
      ['DRAFT', draft],
      ['APPROVED', approved],
      ['REJECTED', rejected],
    ] as const)('refuses deciding in %s', (_s, given) => {
      spec
        .given(given)
        .when(command('DecideBundle', { decision: 'APPROVE', remarks: null, itemFailures: [] }, staff, null))
        .thenThrows('INVALID_STATUS_TRANSITION');
    });
  });

  describe('regulation changes', () => {
    const setValidUntil = (version: number, validUntil: string) =>
      command(
        'SetValidUntil',
        { regulationId: REGULATION_ID, newRegulationVersion: version, validUntil },
        at(T1, 'system'),
        null,
      );
    it('sets validUntil on an APPROVED bundle of an older version', () => {
      spec
        .given(approved)
        .when(setValidUntil(2, '2026-03-01T00:00:00.000Z'))
        .then([
          {
            type: 'BundleValidUntilSet',
            data: {
              ...snapshot({ status: 'APPROVED', validUntil: '2026-03-01T00:00:00.000Z', occurredAt: T1 }),
              newRegulationVersion: 2,
            },
          },
        ]);
    });
    it('leaves bundles on that version, other statuses, other regulations and an earlier deadline alone', () => {
      spec.given(approved).when(setValidUntil(1, '2026-03-01T00:00:00.000Z')).thenNothing();
      spec.given(draft).when(setValidUntil(2, '2026-03-01T00:00:00.000Z')).thenNothing();
      spec
        .given(approved)
        .when(
          command(
            'SetValidUntil',
            { regulationId: 'reg_other', newRegulationVersion: 2, validUntil: T1 },
            at(T1),
            null,
          ),
        )
        .thenNothing();
      const withDeadline: BundleEvent[] = [
        ...approved,
        {
          type: 'BundleValidUntilSet',
          data: {
            ...snapshot({ status: 'APPROVED', validUntil: '2026-03-01T00:00:00.000Z' }),
            newRegulationVersion: 2,
          },
        },
      ];
      spec.given(withDeadline).when(setValidUntil(3, '2026-04-01T00:00:00.000Z')).thenNothing();
      spec.given(withDeadline).when(setValidUntil(2, '2026-03-01T00:00:00.000Z')).thenNothing();
    });
    it('expires an APPROVED bundle once validUntil has passed, not before', () => {
      const withDeadline: BundleEvent[] = [
        ...approved,
        {
          type: 'BundleValidUntilSet',
          data: { ...snapshot({ status: 'APPROVED', validUntil: T1 }), newRegulationVersion: 2 },
        },
      ];
      spec
        .given(withDeadline)
        .when(command('ExpireBundle', {}, at('2026-01-31T23:59:59.000Z', 'system'), null))
        .thenNothing();
      spec
        .given(withDeadline)
        .when(command('ExpireBundle', {}, at(T1, 'system'), null))
        .then([
          statusChanged(
            'APPROVED',
            { status: 'REJECTED', validUntil: T1, failureReason: 'REGULATION_UPDATED' },
            T1,
          ),
        ]);
      spec
        .given(approved)
        .when(command('ExpireBundle', {}, at(T1, 'system'), null))
        .thenNothing();
    });
  });

  describe('copies and replaceItems', () => {
    const copy = (status: 'APPROVED' | 'DRAFT', copiedFrom: string | null = BUNDLE_ID) => ({
      bundleId: 'bun_copy',
      accountId: ACCOUNT_ID,
      status,
      copiedFrom,
      regulationVersion: 2,
      items: [item(5, 'END_USER')],
    });
    const withOldItem: BundleEvent[] = [
      created({ items: [item(1, 'END_USER')] }),
      statusChanged('DRAFT', { status: 'APPROVED', items: [item(1, 'END_USER')], validUntil: T1 }),
    ];
    it("takes the approved copy's items and version and clears validUntil", () => {
      const state = spec
        .given(withOldItem)
        .when(command('ReplaceItems', { from: copy('APPROVED') }, at(T1)))
        .then([
          {
            type: 'BundleItemsReplaced',
            data: {
              ...snapshot({
                status: 'APPROVED',
                items: [item(5, 'END_USER')],
                regulationVersion: 2,
                validUntil: null,
                occurredAt: T1,
              }),
              fromBundleId: 'bun_copy',
            },
          },
        ]);
      expect(state?.replacedFrom).toBe('bun_copy');
      spec
        .given([
          ...withOldItem,
          {
            type: 'BundleItemsReplaced',
            data: {
              ...snapshot({ status: 'APPROVED', items: [item(5, 'END_USER')] }),
              fromBundleId: 'bun_copy',
            },
          },
        ])
        .when(command('ReplaceItems', { from: { ...copy('APPROVED'), items: [] } }))
        .thenNothing();
    });
    it('refuses a bundle that is not its copy, a copy not approved, and an original not approved', () => {
      spec
        .given(withOldItem)
        .when(command('ReplaceItems', { from: copy('APPROVED', 'bun_someone_else') }))
        .thenThrows('VALIDATION_FAILED');
      spec
        .given(withOldItem)
        .when(command('ReplaceItems', { from: copy('DRAFT') }))
        .thenThrows('INVALID_STATUS_TRANSITION');
      spec
        .given(draft)
        .when(command('ReplaceItems', { from: copy('APPROVED') }))
        .thenThrows('INVALID_STATUS_TRANSITION');
    });
    it('the copy hands over its items one by one and becomes deletable', () => {
      const approvedCopy: BundleEvent[] = [
        created({ copiedFrom: 'bun_original', items: [item(1, 'END_USER'), item(2)] }),
        statusChanged('DRAFT', {
          status: 'APPROVED',
          copiedFrom: 'bun_original',
          items: [item(1, 'END_USER'), item(2)],
        }),
      ];
      const handOver = command('HandOverItems', { toBundleId: 'bun_original' }, at(T1));
      const base = { status: 'APPROVED' as const, copiedFrom: 'bun_original', occurredAt: T1 };
      const state = spec
        .given(approvedCopy)
        .when(handOver)
        .then([
          {
            type: 'BundleItemRemoved',
            data: {
              ...snapshot({ ...base, items: [item(2)] }),
              item: item(1, 'END_USER'),
              movedTo: 'bun_original',
            },
          },
          {
            type: 'BundleItemRemoved',
            data: { ...snapshot({ ...base, items: [] }), item: item(2), movedTo: 'bun_original' },
          },
        ]);
      expect(state?.itemsMovedTo).toBe('bun_original');
      const emptied: BundleEvent[] = [
        ...approvedCopy,
        {
          type: 'BundleItemRemoved',
          data: {
            ...snapshot({ ...base, items: [item(2)] }),
            item: item(1, 'END_USER'),
            movedTo: 'bun_original',
          },
        },
        {
          type: 'BundleItemRemoved',
          data: { ...snapshot({ ...base, items: [] }), item: item(2), movedTo: 'bun_original' },
        },
      ];
      spec.given(emptied).when(handOver).thenNothing();
      spec
        .given(emptied)
        .when(command('DeleteBundle', {}, at(T1)))
        .then([
          { type: 'BundleDeleted', data: { ...snapshot({ ...base, items: [] }), reason: 'REQUESTED' } },
        ]);
      spec
        .given(approvedCopy)
        .when(command('HandOverItems', { toBundleId: 'bun_other' }))
        .thenThrows('INVALID_STATUS_TRANSITION');
    });
  });

  describe('deletion and retention', () => {
    const numbers = (count: number, lastNumberLeftAt: string | null): BundleEvent => ({
      type: 'BundlePhoneNumberCountRecorded',
      data: { bundleId: BUNDLE_ID, accountId: ACCOUNT_ID, count, lastNumberLeftAt, occurredAt: T0 },
    });
    it.each([
      ['DRAFT', draft],
      ['REJECTED', rejected],
    ] as const)('deletes a %s bundle', (status, given) => {
      spec
        .given(given)
        .when(command('DeleteBundle', {}, at(T1)))
        .then([
          {
            type: 'BundleDeleted',
            data: {
              ...snapshot({
                status,
                occurredAt: T1,
                ...(status === 'REJECTED' && { failureReason: 'REVIEW_REJECTED', remarks: 'blurry' }),
              }),
              reason: 'REQUESTED',
            },
          },
        ]);
    });
    it.each([
      ['PENDING_REVIEW', pending],
      ['IN_REVIEW', inReview],
      ['APPROVED', approved],
    ] as const)('refuses deleting in %s', (_s, given) => {
      spec.given(given).when(command('DeleteBundle', {})).thenThrows('INVALID_STATUS_TRANSITION');
    });
    it('never deletes a bundle with phone numbers', () => {
      spec
        .given([...rejected, numbers(3, null)])
        .when(command('DeleteBundle', {}))
        .thenThrows('RETENTION_HOLD');
    });
    it('holds a bundle that was approved for 2 years after its last number left', () => {
      const given = [
        ...approved,
        numbers(1, null),
        statusChanged('APPROVED', { status: 'REJECTED', failureReason: 'REGULATION_UPDATED' }),
        numbers(0, '2026-01-10T00:00:00.000Z'),
      ];
      spec
        .given(given)
        .when(command('DeleteBundle', {}, at('2028-01-09T00:00:00.000Z')))
        .thenThrows('RETENTION_HOLD');
      spec
        .given(given)
        .when(command('DeleteBundle', {}, at('2028-01-10T00:00:00.000Z')))
        .then([
          {
            type: 'BundleDeleted',
            data: {
              ...snapshot({
                status: 'REJECTED',
                failureReason: 'REGULATION_UPDATED',
                occurredAt: '2028-01-10T00:00:00.000Z',
              }),
              reason: 'REQUESTED',
            },
          },
        ]);
    });
    it('records phone-number counts only when they change', () => {
      spec
        .given(approved)
        .when(command('RecordPhoneNumberCount', { count: 2, lastNumberLeftAt: null }, at(T1), null))
        .then([
          {
            type: 'BundlePhoneNumberCountRecorded',
            data: {
              bundleId: BUNDLE_ID,
              accountId: ACCOUNT_ID,
              count: 2,
              lastNumberLeftAt: null,
              occurredAt: T1,
            },
          },
        ]);
      spec
        .given([...approved, numbers(2, null)])
        .when(command('RecordPhoneNumberCount', { count: 2, lastNumberLeftAt: null }, at(T1), null))
        .thenNothing();
    });
    it('purges a DRAFT untouched for a year, and nothing else', () => {
      const yearLater = '2027-01-01T00:00:00.000Z';
      spec
        .given(draft)
        .when(command('PurgeStaleDraft', {}, at('2026-12-31T23:59:59.000Z', 'system'), null))
        .thenNothing();
      spec
        .given(draft)
        .when(command('PurgeStaleDraft', {}, at(yearLater, 'system'), null))
        .then([
          { type: 'BundleDeleted', data: { ...snapshot({ occurredAt: yearLater }), reason: 'STALE_DRAFT' } },
        ]);
      spec
        .given(rejected)
        .when(command('PurgeStaleDraft', {}, at('2030-01-01T00:00:00.000Z'), null))
        .thenNothing();
    });
    it('retention ends 2 years after the last number left, and only for approved bundles', () => {
      const state = [...approved, numbers(0, '2026-05-01T00:00:00.000Z')].reduce(
        bundleDecider.evolve,
        bundleDecider.initialState,
      );
      expect(state && retentionEnd(state)).toBe('2028-05-01T00:00:00.000Z');
      const never = [...draft, numbers(0, '2026-05-01T00:00:00.000Z')].reduce(
        bundleDecider.evolve,
        bundleDecider.initialState,
      );
      expect(never && retentionEnd(never)).toBeNull();
    });
  });

  describe('evaluations', () => {
    it('records an evaluation once', () => {
      const recorded: BundleEvent = {
        type: 'BundleEvaluated',
        data: { bundleId: BUNDLE_ID, accountId: ACCOUNT_ID, evaluation: evaluation('NONCOMPLIANT') },
      };
      spec
        .given(draft)
        .when(command('RecordEvaluation', { evaluation: evaluation('NONCOMPLIANT') }))
        .then([recorded]);
      spec
        .given([...draft, recorded])
        .when(command('RecordEvaluation', { evaluation: evaluation('NONCOMPLIANT') }))
        .thenNothing();
    });
  });
});
