import { deriveAssetStatus, type BundleMembership } from '../src/domain/asset-status';
import { retentionHolds } from '../src/domain/retention-hold';

const member = (
  bundleId: string,
  status: BundleMembership['status'],
  extra: Partial<BundleMembership> = {},
): BundleMembership => ({
  bundleId,
  status,
  failureReason: null,
  itemFailureReason: null,
  ...extra,
});

describe('asset status from its bundles', () => {
  it('is DRAFT in no bundle or only in drafts, and not locked', () => {
    expect(deriveAssetStatus([])).toEqual({ status: 'DRAFT', failureReason: null, lockedBy: [] });
    expect(deriveAssetStatus([member('b1', 'DRAFT')])).toEqual({
      status: 'DRAFT',
      failureReason: null,
      lockedBy: [],
    });
  });

  it('follows review and approval, locked by each bundle under review or approved', () => {
    expect(deriveAssetStatus([member('b2', 'IN_REVIEW'), member('b1', 'DRAFT')])).toEqual({
      status: 'PENDING_REVIEW',
      failureReason: null,
      lockedBy: ['b2'],
    });
    expect(deriveAssetStatus([member('b3', 'APPROVED'), member('b2', 'PENDING_REVIEW')])).toEqual({
      status: 'APPROVED',
      failureReason: null,
      lockedBy: ['b2', 'b3'],
    });
  });

  it('is REJECTED with the reviewer’s reason for this asset, EXPIRED when an approval lapsed', () => {
    expect(
      deriveAssetStatus([
        member('b1', 'REJECTED', { failureReason: 'X', itemFailureReason: 'Photo is blurred' }),
      ]),
    ).toEqual({ status: 'REJECTED', failureReason: 'Photo is blurred', lockedBy: [] });
    expect(deriveAssetStatus([member('b1', 'REJECTED', { failureReason: 'REGULATION_UPDATED' })])).toEqual({
      status: 'EXPIRED',
      failureReason: 'REGULATION_UPDATED',
      lockedBy: [],
    });
  });
});

describe('retention holds on erasure', () => {
  const now = new Date('2026-11-22T00:00:00Z');
  it('holds bundles with numbers, and APPROVED ones within 2 years of their last number', () => {
    expect(
      retentionHolds(
        [
          { bundleId: 'with-numbers', status: 'REJECTED', numberCount: 2, lastNumberLeftAt: null },
          {
            bundleId: 'recent',
            status: 'APPROVED',
            numberCount: 0,
            lastNumberLeftAt: '2025-01-01T00:00:00Z',
          },
          { bundleId: 'old', status: 'APPROVED', numberCount: 0, lastNumberLeftAt: '2024-11-21T00:00:00Z' },
          { bundleId: 'never', status: 'APPROVED', numberCount: 0, lastNumberLeftAt: null },
          { bundleId: 'draft', status: 'DRAFT', numberCount: 0, lastNumberLeftAt: null },
        ],
        now,
      ),
    ).toEqual(['recent', 'with-numbers']);
  });
});
