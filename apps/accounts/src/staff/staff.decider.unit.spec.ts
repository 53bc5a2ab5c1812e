import { DeciderSpec } from '@compliance/event-sourcing/testing';
import { staffDecider } from './staff.decider';
import type { CreateStaff } from './staff.command';
import type { StaffEvent } from './staff.events';

const create = (overrides: Partial<CreateStaff['data']> = {}): CreateStaff => ({
  type: 'CreateStaff',
  data: {
    staffId: 'stf_1',
    name: 'Riley',
    role: 'REVIEWER',
    commandId: 'CMD1',
    apiKey: { apiKeyId: 'key_1', keyHash: 'h' },
    ...overrides,
  },
  metadata: {
    now: new Date('2025-01-01T00:00:00.000Z'),
    actor: 'staff_bootstrap',
    accountId: null,
    correlationId: 'c',
    causationId: null,
  },
});

const created: StaffEvent[] = [
  {
    type: 'StaffCreated',
    data: {
      staffId: 'stf_1',
      name: 'Riley',
      role: 'REVIEWER',
      commandId: 'CMD1',
      createdAt: '2025-01-01T00:00:00.000Z',
    },
  },
  {
    type: 'ApiKeyIssued',
    data: {
      apiKeyId: 'key_1',
      keyHash: 'h',
      role: 'REVIEWER',
      principalId: 'stf_1',
      accountId: null,
      commandId: 'CMD1',
      issuedAt: '2025-01-01T00:00:00.000Z',
    },
  },
];

describe('staff decider', () => {
  const spec = DeciderSpec.for(staffDecider);

  it('creates a staff member with a key of its role and no account', () => {
    spec.given([]).when(create()).then(created);
  });

  it('appends nothing when the same command comes again', () => {
    spec.given(created).when(create()).thenNothing();
  });

  it('rejects a CUSTOMER role and a blank name', () => {
    spec
      .given([])
      .when(create({ role: 'CUSTOMER' as never }))
      .thenThrows('VALIDATION_FAILED');
    spec
      .given([])
      .when(create({ name: ' ' }))
      .thenThrows('VALIDATION_FAILED');
  });
});
