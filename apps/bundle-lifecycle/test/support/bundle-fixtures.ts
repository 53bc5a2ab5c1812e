import type { CommandMetadata } from '@compliance/event-sourcing';
import type { BundleCommand } from '../../src/domain/bundle.command';
import type { BundleEvent, BundleItem, BundleSnapshot } from '../../src/domain/bundle.events';
import type { Evaluation } from '../../src/domain/evaluation/evaluation.types';

export const BUNDLE_ID = 'bun_01JGFJJZ000000000000000001';
export const ACCOUNT_ID = 'acc_01JGFJJZ000000000000000001';
export const OTHER_ACCOUNT = 'acc_01JGFJJZ000000000000000002';
export const REGULATION_ID = 'reg_01JGFJJZ000000000000000001';
export const T0 = '2026-01-01T00:00:00.000Z';

export function at(iso: string, actor = 'acc_user'): CommandMetadata {
  return { now: new Date(iso), actor, accountId: ACCOUNT_ID, correlationId: 'corr', causationId: null };
}

export const item = (n: number, assetType: BundleItem['assetType'] = 'DOCUMENT'): BundleItem => ({
  itemId: `itm_0${n}`,
  assetType,
  assetId: `${assetType === 'END_USER' ? 'eu' : assetType === 'ADDRESS' ? 'adr' : 'doc'}_0${n}`,
  createdAt: T0,
});

export function snapshot(changes: Partial<BundleSnapshot> = {}): BundleSnapshot {
  return {
    bundleId: BUNDLE_ID,
    accountId: ACCOUNT_ID,
    status: 'DRAFT',
    regulationId: REGULATION_ID,
    regulationVersion: 1,
    country: 'DEU',
    numberType: 'LOCAL',
    endUserType: 'BUSINESS',
    items: [],
    validUntil: null,
    failureReason: null,
    copiedFrom: null,
    statusCallback: 'https://example.com/hook',
    email: 'ops@example.com',
    friendlyName: 'Berlin office',
    customReference: null,
    remarks: null,
    occurredAt: T0,
    ...changes,
  };
}

export const created = (changes: Partial<BundleSnapshot> = {}): BundleEvent => ({
  type: 'BundleCreated',
  data: snapshot(changes),
});

export function statusChanged(
  previousStatus: BundleSnapshot['status'],
  changes: Partial<BundleSnapshot>,
  occurredAt = T0,
): BundleEvent {
  return {
    type: 'BundleStatusChanged',
    data: { ...snapshot({ ...changes, occurredAt }), previousStatus, itemFailures: [] },
  };
}

export function evaluation(status: Evaluation['status'], regulationVersion = 1): Evaluation {
  return {
    evaluationId: 'evl_01',
    bundleId: BUNDLE_ID,
    regulationId: REGULATION_ID,
    regulationVersion,
    status,
    results: [],
    createdAt: T0,
  };
}

/** Commands addressed to the test bundle by its account (or `null`: staff). */
export function command<T extends BundleCommand['type']>(
  type: T,
  data: Omit<Extract<BundleCommand, { type: T }>['data'], 'bundleId' | 'accountId'>,
  meta: CommandMetadata = at(T0),
  accountId: string | null = ACCOUNT_ID,
): Extract<BundleCommand, { type: T }> {
  return { type, data: { bundleId: BUNDLE_ID, accountId, ...data }, metadata: meta } as unknown as Extract<
    BundleCommand,
    { type: T }
  >;
}
