import { ProjectionSpec } from '@compliance/event-sourcing/testing';
import type { BundlePhoneNumberCountChanged } from '../src/domain/bundle-numbers.events';
import type { PhoneNumberStatusChanged } from '../src/domain/phone-number.events';
import {
  bundleNumberCountProjection,
  isWellFormedCountChange,
} from '../src/queries/bundle-number-counts/bundle-number-count.projection';
import {
  isWellFormedNumberChange,
  phoneNumberProjection,
} from '../src/queries/phone-numbers/phone-number.projection';

const change = (
  status: PhoneNumberStatusChanged['data']['status'],
  occurredAt: string,
  bundleId = 'bun_1',
): PhoneNumberStatusChanged => ({
  type: 'PhoneNumberStatusChanged',
  data: {
    phoneNumber: '+390144230024',
    bundleId,
    accountId: 'acc_A',
    previousStatus: null,
    status,
    reason: 'ADDED',
    attachedAt: status === 'ATTACHED' ? occurredAt : null,
    bundleRevision: 0,
    occurredAt,
  },
});

describe('phone number projection', () => {
  const spec = ProjectionSpec.for(phoneNumberProjection);

  it('shows a number in the bundle it last joined, with its status (idempotent when run twice)', () => {
    spec
      .given([change('ATTACHED', '2026-11-22T09:00:00.000Z'), change('REMOVED', '2026-11-22T09:01:00.000Z')])
      .when(change('PENDING_ACTIVATION', '2026-11-22T09:02:00.000Z', 'bun_2'))
      .then({
        phoneNumber: '+390144230024',
        accountId: 'acc_A',
        bundleId: 'bun_2',
        status: 'PENDING_ACTIVATION',
        attachedAt: null,
        updatedAt: '2026-11-22T09:02:00.000Z',
      });
  });

  it('recognises malformed data instead of throwing on it', () => {
    expect(isWellFormedNumberChange(change('ATTACHED', '2026-11-22T09:00:00.000Z').data)).toBe(true);
    expect(isWellFormedNumberChange({ phoneNumber: '+1' })).toBe(false);
    expect(isWellFormedNumberChange(null)).toBe(false);
  });
});

describe('bundle number count projection', () => {
  const spec = ProjectionSpec.for(bundleNumberCountProjection);
  const counted = (count: number, lastNumberLeftAt: string | null): BundlePhoneNumberCountChanged => ({
    type: 'BundlePhoneNumberCountChanged',
    data: {
      bundleId: 'bun_1',
      accountId: 'acc_A',
      joined: [],
      left: [],
      count,
      lastNumberLeftAt,
      occurredAt: '2026-11-22T09:00:00.000Z',
    },
  });

  it('keeps the latest count and when the last number left (idempotent when run twice)', () => {
    spec
      .given([counted(2, null)])
      .when(counted(0, '2026-11-22T09:00:00.000Z'))
      .then({
        bundleId: 'bun_1',
        accountId: 'acc_A',
        count: 0,
        lastNumberLeftAt: '2026-11-22T09:00:00.000Z',
        updatedAt: '2026-11-22T09:00:00.000Z',
      });
  });

  it('recognises malformed data', () => {
    expect(isWellFormedCountChange(counted(1, null).data)).toBe(true);
    expect(isWellFormedCountChange({ bundleId: 'bun_1', count: '1' })).toBe(false);
  });
});
