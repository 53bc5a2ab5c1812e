import type { PhoneNumberChangeReason, PhoneNumberStatus } from '@compliance/contracts';
import type { Decider } from '@compliance/event-sourcing';
import type {
  ApplyBundleStatus,
  AddPhoneNumber,
  PhoneNumberCommand,
  RemovePhoneNumber,
} from './phone-number.command';
import type { PhoneNumberEvent, PhoneNumberStatusChanged } from './phone-number.events';
import { PhoneNumberRefused } from './numbers.errors';

export interface PhoneNumberState {
  readonly bundleId: string | null;
  readonly accountId: string | null;
  readonly status: PhoneNumberStatus | null;
  readonly attachedAt: string | null;
  /** The bundle revision of the last change; a bundle status of this revision or older is not applied again. */
  readonly bundleRevision: number;
}

/** A number in one of these statuses holds its bundle: no other bundle may take it. */
export const HOLDING_STATUSES: readonly PhoneNumberStatus[] = ['ATTACHED', 'PENDING_ACTIVATION', 'SUSPENDED'];

export function holdsBundle(state: Pick<PhoneNumberState, 'status'>): boolean {
  return state.status !== null && HOLDING_STATUSES.includes(state.status);
}

export const initialPhoneNumberState: PhoneNumberState = {
  bundleId: null,
  accountId: null,
  status: null,
  attachedAt: null,
  bundleRevision: -1,
};

function changed(
  state: PhoneNumberState,
  command: PhoneNumberCommand,
  next: {
    bundleId: string;
    accountId: string;
    status: PhoneNumberStatus;
    reason: PhoneNumberChangeReason;
    attachedAt: string | null;
    bundleRevision: number;
  },
): PhoneNumberStatusChanged {
  return {
    type: 'PhoneNumberStatusChanged',
    data: {
      phoneNumber: command.data.phoneNumber,
      bundleId: next.bundleId,
      accountId: next.accountId,
      previousStatus: state.status,
      status: next.status,
      reason: next.reason,
      attachedAt: next.attachedAt,
      bundleRevision: next.bundleRevision,
      occurredAt: command.metadata.now.toISOString(),
    },
  };
}

function add(command: AddPhoneNumber, state: PhoneNumberState): PhoneNumberEvent[] {
  const { bundleId, accountId, bundleStatus, bundleRevision } = command.data;
  if (holdsBundle(state)) {
    if (state.bundleId === bundleId) return [];
    throw new PhoneNumberRefused(
      'IN_ANOTHER_BUNDLE',
      `${command.data.phoneNumber} is in another bundle; remove it there first.`,
    );
  }
  const now = command.metadata.now.toISOString();
  switch (bundleStatus) {
    case 'APPROVED':
      return [
        changed(state, command, {
          bundleId,
          accountId,
          status: 'ATTACHED',
          reason: 'ADDED',
          attachedAt: now,
          bundleRevision,
        }),
      ];
    case 'PENDING_REVIEW':
    case 'IN_REVIEW':
      return [
        changed(state, command, {
          bundleId,
          accountId,
          status: 'PENDING_ACTIVATION',
          reason: 'ADDED',
          attachedAt: null,
          bundleRevision,
        }),
      ];
    case 'DRAFT':
    case 'REJECTED':
      throw new PhoneNumberRefused(
        'BUNDLE_NOT_SUBMITTED',
        `The bundle is ${bundleStatus}: numbers can be added once it is submitted (PENDING_REVIEW, IN_REVIEW) or APPROVED.`,
      );
    default: {
      const _exhaustive: never = bundleStatus;
      return _exhaustive;
    }
  }
}

function remove(command: RemovePhoneNumber, state: PhoneNumberState): PhoneNumberEvent[] {
  const { bundleId, accountId } = command.data;
  if (!holdsBundle(state) || state.bundleId !== bundleId || state.accountId !== accountId) {
    throw new PhoneNumberRefused('NOT_IN_BUNDLE', `${command.data.phoneNumber} is not in this bundle.`);
  }
  return [
    changed(state, command, {
      bundleId,
      accountId,
      status: 'REMOVED',
      reason: 'REMOVED',
      attachedAt: state.attachedAt,
      bundleRevision: state.bundleRevision,
    }),
  ];
}

function applyBundleStatus(command: ApplyBundleStatus, state: PhoneNumberState): PhoneNumberEvent[] {
  const { bundleId, bundleStatus, bundleRevision } = command.data;
  if (!holdsBundle(state) || state.bundleId !== bundleId || state.accountId === null) return [];
  if (bundleRevision <= state.bundleRevision) return [];
  const to = (status: PhoneNumberStatus, reason: PhoneNumberChangeReason, attachedAt = state.attachedAt) => [
    changed(state, command, {
      bundleId,
      accountId: state.accountId!,
      status,
      reason,
      attachedAt,
      bundleRevision,
    }),
  ];
  switch (bundleStatus) {
    case 'APPROVED':
      if (state.status === 'PENDING_ACTIVATION')
        return to('ATTACHED', 'BUNDLE_APPROVED', command.metadata.now.toISOString());
      if (state.status === 'SUSPENDED') return to('ATTACHED', 'BUNDLE_APPROVED');
      return [];
    case 'REJECTED':
      if (state.status === 'PENDING_ACTIVATION') return to('FAILED', 'BUNDLE_REJECTED');
      if (state.status === 'ATTACHED') return to('SUSPENDED', 'BUNDLE_REJECTED');
      return [];
    case 'DELETED':
      return to('REMOVED', 'BUNDLE_DELETED');
    case 'DRAFT':
    case 'PENDING_REVIEW':
    case 'IN_REVIEW':
      // A resubmitted bundle keeps its suspended numbers suspended until it is approved again.
      return [];
    default: {
      const _exhaustive: never = bundleStatus;
      return _exhaustive;
    }
  }
}

export const phoneNumberDecider: Decider<PhoneNumberCommand, PhoneNumberEvent, PhoneNumberState> = {
  initialState: initialPhoneNumberState,
  evolve(state, event) {
    switch (event.type) {
      case 'PhoneNumberStatusChanged':
        return {
          bundleId: event.data.bundleId,
          accountId: event.data.accountId,
          status: event.data.status,
          attachedAt: event.data.attachedAt,
          bundleRevision: event.data.bundleRevision,
        };
      default: {
        const _exhaustive: never = event.type;
        return state;
      }
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'AddPhoneNumber':
        return add(command, state);
      case 'RemovePhoneNumber':
        return remove(command, state);
      case 'ApplyBundleStatus':
        return applyBundleStatus(command, state);
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  },
};
