import { randomUUID } from 'node:crypto';
import type {
  BundleSnapshotV1,
  BundleStatus,
  BundleStatusChangedV1,
  BundleValidUntilSetV1,
} from '@compliance/contracts';

/** Contract-shaped bundle event data (packages/contracts bundles.integration-events.ts). */
export function snapshot(overrides: Partial<BundleSnapshotV1> = {}): BundleSnapshotV1 {
  return {
    bundleId: 'bun_01JTEST0000000000000000001',
    accountId: 'acc_01JTEST0000000000000000001',
    status: 'DRAFT',
    regulationId: 'reg_01JTEST0000000000000000001',
    regulationVersion: 1,
    country: 'DEU',
    numberType: 'LOCAL',
    endUserType: 'BUSINESS',
    items: [],
    validUntil: null,
    failureReason: null,
    copiedFrom: null,
    occurredAt: '2026-11-22T08:00:00.000Z',
    ...overrides,
  };
}

export function statusChanged(
  previousStatus: BundleStatus,
  status: BundleStatus,
  overrides: Partial<BundleStatusChangedV1> = {},
): BundleStatusChangedV1 {
  return { ...snapshot({ status }), previousStatus, remarks: null, itemFailures: [], ...overrides };
}

export function validUntilSet(
  validUntil: string,
  overrides: Partial<BundleValidUntilSetV1> = {},
): BundleValidUntilSetV1 {
  return { ...snapshot({ status: 'APPROVED', validUntil }), newRegulationVersion: 2, ...overrides };
}

export function eventId(): string {
  return randomUUID();
}
