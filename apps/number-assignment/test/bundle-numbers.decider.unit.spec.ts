import { DeciderSpec } from '@compliance/event-sourcing/testing';
import type { CommandMetadata } from '@compliance/event-sourcing';
import { bundleNumbersDecider } from '../src/domain/bundle-numbers.decider';
import type { BundleNumbersCommand, MembershipObservation } from '../src/domain/bundle-numbers.command';
import type { BundleNumbersEvent } from '../src/domain/bundle-numbers.events';

const now = new Date('2026-11-22T09:00:00.000Z');
const at = now.toISOString();
const metadata: CommandMetadata = {
  now,
  actor: 'a',
  accountId: 'acc_A',
  correlationId: 'c',
  causationId: null,
};
const record = (...numbers: MembershipObservation[]): BundleNumbersCommand => ({
  type: 'RecordMembership',
  data: { bundleId: 'bun_1', accountId: 'acc_A', numbers },
  metadata,
});
const holds = (phoneNumber: string, revision = 0) => ({ phoneNumber, revision, holds: true });
const gone = (phoneNumber: string, revision = 1) => ({ phoneNumber, revision, holds: false });
const countChanged = (
  joined: { phoneNumber: string; revision: number }[],
  left: { phoneNumber: string; revision: number }[],
  count: number,
  lastNumberLeftAt: string | null = null,
): BundleNumbersEvent => ({
  type: 'BundlePhoneNumberCountChanged',
  data: { bundleId: 'bun_1', accountId: 'acc_A', joined, left, count, lastNumberLeftAt, occurredAt: at },
});
const spec = DeciderSpec.for(bundleNumbersDecider);

describe('bundle numbers decider', () => {
  it('counts the numbers that join', () => {
    spec
      .given([])
      .when(record(holds('+1'), holds('+2')))
      .then([
        countChanged(
          [
            { phoneNumber: '+1', revision: 0 },
            { phoneNumber: '+2', revision: 0 },
          ],
          [],
          2,
        ),
      ]);
  });

  it('records nothing for numbers it already knows at that revision (a retried request)', () => {
    spec
      .given([countChanged([{ phoneNumber: '+1', revision: 0 }], [], 1)])
      .when(record(holds('+1')))
      .thenNothing();
  });

  it('says when the last number left', () => {
    const state = spec
      .given([countChanged([{ phoneNumber: '+1', revision: 0 }], [], 1)])
      .when(record(gone('+1')))
      .then([countChanged([], [{ phoneNumber: '+1', revision: 1 }], 0, at)]);
    expect(state.members.size).toBe(0);
    expect(state.lastNumberLeftAt).toBe(at);
  });

  it('a REMOVE recorded before the ADD it followed keeps the number out (revision order, not arrival order)', () => {
    spec
      .given([countChanged([], [{ phoneNumber: '+1', revision: 1 }], 0)])
      .when(record(holds('+1', 0)))
      .thenNothing();
  });

  it('observes a bundle status once per bundle revision, never an older one', () => {
    const observe = (status: 'APPROVED' | 'REJECTED', bundleRevision: number): BundleNumbersCommand => ({
      type: 'ObserveBundleStatus',
      data: { bundleId: 'bun_1', accountId: 'acc_A', status, bundleRevision },
      metadata,
    });
    const observed: BundleNumbersEvent = {
      type: 'BundleStatusObserved',
      data: {
        bundleId: 'bun_1',
        accountId: 'acc_A',
        status: 'APPROVED',
        previousStatus: null,
        bundleRevision: 4,
        occurredAt: at,
      },
    };
    spec.given([]).when(observe('APPROVED', 4)).then([observed]);
    spec.given([observed]).when(observe('APPROVED', 4)).thenNothing();
    spec.given([observed]).when(observe('REJECTED', 3)).thenNothing();
  });
});
