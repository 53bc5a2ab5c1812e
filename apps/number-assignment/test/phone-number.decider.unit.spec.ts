import { DeciderSpec } from '@compliance/event-sourcing/testing';
import type { BundleStatus } from '@compliance/contracts';
import type { CommandMetadata } from '@compliance/event-sourcing';
import { phoneNumberDecider } from '../src/domain/phone-number.decider';
import type { PhoneNumberStatusChanged } from '../src/domain/phone-number.events';
import type { ObservedBundleStatus, PhoneNumberCommand } from '../src/domain/phone-number.command';

const N = '+390144230024';
const now = new Date('2026-11-22T09:00:00.000Z');
const metadata: CommandMetadata = {
  now,
  actor: 'key_1',
  accountId: 'acc_A',
  correlationId: 'c1',
  causationId: null,
};
const at = now.toISOString();

const add = (bundleStatus: BundleStatus, bundleId = 'bun_1', bundleRevision = 3): PhoneNumberCommand => ({
  type: 'AddPhoneNumber',
  data: {
    phoneNumber: N,
    bundleId,
    accountId: bundleId === 'bun_other' ? 'acc_B' : 'acc_A',
    bundleStatus,
    bundleRevision,
  },
  metadata,
});
const apply = (
  bundleStatus: ObservedBundleStatus,
  bundleRevision: number,
  bundleId = 'bun_1',
): PhoneNumberCommand => ({
  type: 'ApplyBundleStatus',
  data: { phoneNumber: N, bundleId, bundleStatus, bundleRevision },
  metadata,
});
const remove = (bundleId = 'bun_1', accountId = 'acc_A'): PhoneNumberCommand => ({
  type: 'RemovePhoneNumber',
  data: { phoneNumber: N, bundleId, accountId },
  metadata,
});
const changed = (
  data: Partial<PhoneNumberStatusChanged['data']> &
    Pick<PhoneNumberStatusChanged['data'], 'status' | 'reason'>,
): PhoneNumberStatusChanged => ({
  type: 'PhoneNumberStatusChanged',
  data: {
    phoneNumber: N,
    bundleId: 'bun_1',
    accountId: 'acc_A',
    previousStatus: null,
    attachedAt: null,
    bundleRevision: 3,
    occurredAt: at,
    ...data,
  },
});

const pending = changed({ status: 'PENDING_ACTIVATION', reason: 'ADDED' });
const attached = changed({ status: 'ATTACHED', reason: 'ADDED', attachedAt: at });
const spec = DeciderSpec.for(phoneNumberDecider);

describe('phone number decider', () => {
  it('attaches a free number to an APPROVED bundle', () => {
    spec.given([]).when(add('APPROVED')).then([attached]);
  });

  it.each(['PENDING_REVIEW', 'IN_REVIEW'] as const)(
    'puts a number on a %s bundle as PENDING_ACTIVATION',
    (status) => {
      spec.given([]).when(add(status)).then([pending]);
    },
  );

  it.each(['DRAFT', 'REJECTED'] as const)('refuses a %s bundle with BUNDLE_NOT_SUBMITTED', (status) => {
    spec.given([]).when(add(status)).thenThrows('BUNDLE_NOT_SUBMITTED');
  });

  it('refuses a number that another bundle holds, of any account', () => {
    const error = spec.given([attached]).when(add('APPROVED', 'bun_other')).thenThrows('IN_ANOTHER_BUNDLE');
    expect(error.message).not.toContain('bun_1');
  });

  it('adding a number its bundle already holds changes nothing', () => {
    spec.given([attached]).when(add('APPROVED')).thenNothing();
    spec.given([pending]).when(add('IN_REVIEW')).thenNothing();
  });

  it('activates a PENDING_ACTIVATION number when its bundle is approved', () => {
    spec
      .given([pending])
      .when(apply('APPROVED', 5))
      .then([
        changed({
          previousStatus: 'PENDING_ACTIVATION',
          status: 'ATTACHED',
          reason: 'BUNDLE_APPROVED',
          attachedAt: at,
          bundleRevision: 5,
        }),
      ]);
  });

  it('fails a PENDING_ACTIVATION number when its bundle is rejected, and frees it for another bundle', () => {
    const failed = changed({
      previousStatus: 'PENDING_ACTIVATION',
      status: 'FAILED',
      reason: 'BUNDLE_REJECTED',
      bundleRevision: 5,
    });
    spec.given([pending]).when(apply('REJECTED', 5)).then([failed]);
    spec
      .given([pending, failed])
      .when(add('APPROVED', 'bun_other', 9))
      .then([
        changed({
          bundleId: 'bun_other',
          accountId: 'acc_B',
          previousStatus: 'FAILED',
          status: 'ATTACHED',
          reason: 'ADDED',
          attachedAt: at,
          bundleRevision: 9,
        }),
      ]);
  });

  it('suspends an ATTACHED number when its APPROVED bundle is rejected and reinstates it on re-approval', () => {
    const suspended = changed({
      previousStatus: 'ATTACHED',
      status: 'SUSPENDED',
      reason: 'BUNDLE_REJECTED',
      attachedAt: at,
      bundleRevision: 6,
    });
    spec.given([attached]).when(apply('REJECTED', 6)).then([suspended]);
    spec.given([attached, suspended]).when(apply('PENDING_REVIEW', 7)).thenNothing();
    spec
      .given([attached, suspended])
      .when(apply('APPROVED', 9))
      .then([
        changed({
          previousStatus: 'SUSPENDED',
          status: 'ATTACHED',
          reason: 'BUNDLE_APPROVED',
          attachedAt: at,
          bundleRevision: 9,
        }),
      ]);
  });

  it('a suspended number still holds its bundle', () => {
    const suspended = changed({
      previousStatus: 'ATTACHED',
      status: 'SUSPENDED',
      reason: 'BUNDLE_REJECTED',
      bundleRevision: 6,
    });
    spec.given([attached, suspended]).when(add('APPROVED', 'bun_other')).thenThrows('IN_ANOTHER_BUNDLE');
  });

  it('never applies a bundle status older than the one it acted on, nor one of another bundle', () => {
    spec.given([pending]).when(apply('APPROVED', 3)).thenNothing();
    spec.given([pending]).when(apply('APPROVED', 2)).thenNothing();
    spec
      .given([pending])
      .when(apply('APPROVED', 8, 'bun_other'))
      .thenNothing();
  });

  it('removes a number from its bundle; a second remove is NOT_IN_BUNDLE', () => {
    const removed = changed({
      previousStatus: 'ATTACHED',
      status: 'REMOVED',
      reason: 'REMOVED',
      attachedAt: at,
    });
    spec.given([attached]).when(remove()).then([removed]);
    spec.given([attached, removed]).when(remove()).thenThrows('NOT_IN_BUNDLE');
  });

  it('refuses to remove a number of another bundle or account', () => {
    spec.given([attached]).when(remove('bun_2')).thenThrows('NOT_IN_BUNDLE');
    spec.given([attached]).when(remove('bun_1', 'acc_B')).thenThrows('NOT_IN_BUNDLE');
    spec.given([]).when(remove()).thenThrows('NOT_IN_BUNDLE');
  });

  it('removes every number of a deleted bundle', () => {
    spec
      .given([pending])
      .when(apply('DELETED', 4))
      .then([
        changed({
          previousStatus: 'PENDING_ACTIVATION',
          status: 'REMOVED',
          reason: 'BUNDLE_DELETED',
          bundleRevision: 4,
        }),
      ]);
  });
});
