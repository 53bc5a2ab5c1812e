import type { Decider } from '@compliance/event-sourcing';
import type { BundleNumbersCommand, ObserveBundleStatus, RecordMembership } from './bundle-numbers.command';
import type { BundleNumbersEvent, MembershipEntry } from './bundle-numbers.events';
import type { ObservedBundleStatus } from './phone-number.command';

export interface BundleNumbersState {
  /** Numbers that hold the bundle (ATTACHED, PENDING_ACTIVATION, SUSPENDED), with the revision they were seen at. */
  readonly members: ReadonlyMap<string, number>;
  /** Numbers seen not holding it, with that revision: an older "holds" for them is stale. */
  readonly departed: ReadonlyMap<string, number>;
  readonly lastNumberLeftAt: string | null;
  readonly observedStatus: ObservedBundleStatus | null;
  /** Revision of the last bundle event acted on; -1 before any. */
  readonly observedRevision: number;
}

export const initialBundleNumbersState: BundleNumbersState = {
  members: new Map(),
  departed: new Map(),
  lastNumberLeftAt: null,
  observedStatus: null,
  observedRevision: -1,
};

function knownRevision(state: BundleNumbersState, phoneNumber: string): number {
  return Math.max(state.members.get(phoneNumber) ?? -1, state.departed.get(phoneNumber) ?? -1);
}

function recordMembership(command: RecordMembership, state: BundleNumbersState): BundleNumbersEvent[] {
  const { bundleId, accountId } = command.data;
  const latest = new Map<string, { revision: number; holds: boolean }>();
  for (const { phoneNumber, revision, holds } of command.data.numbers) {
    const seen = latest.get(phoneNumber);
    if (!seen || revision > seen.revision) latest.set(phoneNumber, { revision, holds });
  }
  const joined: MembershipEntry[] = [];
  const left: MembershipEntry[] = [];
  for (const [phoneNumber, { revision, holds }] of latest) {
    if (revision <= knownRevision(state, phoneNumber)) continue;
    (holds ? joined : left).push({ phoneNumber, revision });
  }
  if (joined.length === 0 && left.length === 0) return [];
  const count =
    state.members.size +
    joined.filter((e) => !state.members.has(e.phoneNumber)).length -
    left.filter((e) => state.members.has(e.phoneNumber)).length;
  const now = command.metadata.now.toISOString();
  const emptied = count === 0 && state.members.size > 0;
  return [
    {
      type: 'BundlePhoneNumberCountChanged',
      data: {
        bundleId,
        accountId,
        joined,
        left,
        count,
        lastNumberLeftAt: count > 0 ? null : emptied ? now : state.lastNumberLeftAt,
        occurredAt: now,
      },
    },
  ];
}

function observe(command: ObserveBundleStatus, state: BundleNumbersState): BundleNumbersEvent[] {
  const { bundleId, accountId, status, bundleRevision } = command.data;
  if (bundleRevision <= state.observedRevision) return [];
  return [
    {
      type: 'BundleStatusObserved',
      data: {
        bundleId,
        accountId,
        status,
        previousStatus: state.observedStatus,
        bundleRevision,
        occurredAt: command.metadata.now.toISOString(),
      },
    },
  ];
}

/** The numbers of one bundle: who holds it, how many, and the bundle status acted on (ADR 0009). */
export const bundleNumbersDecider: Decider<BundleNumbersCommand, BundleNumbersEvent, BundleNumbersState> = {
  initialState: initialBundleNumbersState,
  evolve(state, event) {
    switch (event.type) {
      case 'BundlePhoneNumberCountChanged': {
        const members = new Map(state.members);
        const departed = new Map(state.departed);
        for (const { phoneNumber, revision } of event.data.joined) {
          members.set(phoneNumber, revision);
          departed.delete(phoneNumber);
        }
        for (const { phoneNumber, revision } of event.data.left) {
          members.delete(phoneNumber);
          departed.set(phoneNumber, revision);
        }
        return { ...state, members, departed, lastNumberLeftAt: event.data.lastNumberLeftAt };
      }
      case 'BundleStatusObserved':
        return { ...state, observedStatus: event.data.status, observedRevision: event.data.bundleRevision };
      default: {
        const _exhaustive: never = event;
        return state;
      }
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'RecordMembership':
        return recordMembership(command, state);
      case 'ObserveBundleStatus':
        return observe(command, state);
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  },
};
