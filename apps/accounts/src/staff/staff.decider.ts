import type { StaffRole } from '@compliance/contracts';
import { DomainError, ValidationError, type Decider } from '@compliance/event-sourcing';
import { assertValidName } from '../account/account-name';
import type { StaffCommand } from './staff.command';
import type { StaffEvent } from './staff.events';

export type StaffState =
  | { readonly status: 'NONE' }
  | {
      readonly status: 'ACTIVE';
      readonly staffId: string;
      readonly name: string;
      readonly role: StaffRole;
      readonly createdAt: string;
      readonly createCommandId: string;
      readonly apiKeyIds: readonly string[];
    };

export const initialStaffState: StaffState = { status: 'NONE' };

const STAFF_ROLES: readonly string[] = ['REVIEWER', 'ADMIN'];

export function evolveStaff(state: StaffState, event: StaffEvent): StaffState {
  switch (event.type) {
    case 'StaffCreated':
      return {
        status: 'ACTIVE',
        staffId: event.data.staffId,
        name: event.data.name,
        role: event.data.role,
        createdAt: event.data.createdAt,
        createCommandId: event.data.commandId,
        apiKeyIds: [],
      };
    case 'ApiKeyIssued':
      return state.status === 'NONE'
        ? state
        : { ...state, apiKeyIds: [...state.apiKeyIds, event.data.apiKeyId] };
    case 'ApiKeyRevoked':
      return state;
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

export function decideStaff(command: StaffCommand, state: StaffState): StaffEvent[] {
  const { data, metadata } = command;
  if (state.status === 'ACTIVE') {
    if (state.createCommandId === data.commandId) return [];
    throw new DomainError('CONCURRENT_MODIFICATION', `staff ${data.staffId} already exists`);
  }
  assertValidName(data.name);
  if (!STAFF_ROLES.includes(data.role)) {
    throw new ValidationError([
      { field: 'role', code: 'INVALID', message: 'role must be REVIEWER or ADMIN' },
    ]);
  }
  const createdAt = metadata.now.toISOString();
  return [
    {
      type: 'StaffCreated',
      data: { staffId: data.staffId, name: data.name, role: data.role, commandId: data.commandId, createdAt },
    },
    {
      type: 'ApiKeyIssued',
      data: {
        apiKeyId: data.apiKey.apiKeyId,
        keyHash: data.apiKey.keyHash,
        role: data.role,
        principalId: data.staffId,
        accountId: null,
        commandId: data.commandId,
        issuedAt: createdAt,
      },
    },
  ];
}

export const staffDecider: Decider<StaffCommand, StaffEvent, StaffState> = {
  initialState: initialStaffState,
  evolve: evolveStaff,
  decide: decideStaff,
};

export const STAFF_STREAM_CATEGORY = 'staff';
