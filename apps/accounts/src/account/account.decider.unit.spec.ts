import { DeciderSpec } from '@compliance/event-sourcing/testing';
import type { CommandMetadata } from '@compliance/event-sourcing';
import { accountDecider } from './account.decider';
import type { AccountEvent } from './account.events';
import type { CreateAccount, IssueApiKey, RevokeApiKey } from './account.command';

const metadata = (iso: string): CommandMetadata => ({
  now: new Date(iso),
  actor: 'staff_bootstrap',
  accountId: 'acc_1',
  correlationId: 'corr-1',
  causationId: 'req-1',
});

const create = (overrides: Partial<CreateAccount['data']> = {}): CreateAccount => ({
  type: 'CreateAccount',
  data: {
    accountId: 'acc_1',
    name: 'Acme',
    commandId: 'CMD1',
    webhookSigningSecret: 'whsec_x',
    apiKey: { apiKeyId: 'key_1', keyHash: 'hash1' },
    ...overrides,
  },
  metadata: metadata('2025-01-01T00:00:00.000Z'),
});

const created: AccountEvent[] = [
  {
    type: 'AccountCreated',
    data: {
      accountId: 'acc_1',
      name: 'Acme',
      webhookSigningSecret: 'whsec_x',
      commandId: 'CMD1',
      createdAt: '2025-01-01T00:00:00.000Z',
    },
  },
  {
    type: 'ApiKeyIssued',
    data: {
      apiKeyId: 'key_1',
      keyHash: 'hash1',
      role: 'CUSTOMER',
      principalId: 'acc_1',
      accountId: 'acc_1',
      commandId: 'CMD1',
      issuedAt: '2025-01-01T00:00:00.000Z',
    },
  },
];

const issue = (commandId: string, apiKeyId: string): IssueApiKey => ({
  type: 'IssueApiKey',
  data: { accountId: 'acc_1', commandId, apiKey: { apiKeyId, keyHash: `hash-${apiKeyId}` } },
  metadata: metadata('2025-01-02T00:00:00.000Z'),
});

const revoke = (apiKeyId: string): RevokeApiKey => ({
  type: 'RevokeApiKey',
  data: { accountId: 'acc_1', apiKeyId },
  metadata: metadata('2025-01-03T00:00:00.000Z'),
});

const issued2: AccountEvent = {
  type: 'ApiKeyIssued',
  data: {
    apiKeyId: 'key_2',
    keyHash: 'hash-key_2',
    role: 'CUSTOMER',
    principalId: 'acc_1',
    accountId: 'acc_1',
    commandId: 'CMD2',
    issuedAt: '2025-01-02T00:00:00.000Z',
  },
};

describe('account decider', () => {
  const spec = DeciderSpec.for(accountDecider);

  it('creates an account with its first CUSTOMER key (hash only)', () => {
    const state = spec.given([]).when(create()).then(created);
    expect(state).toMatchObject({
      status: 'ACTIVE',
      name: 'Acme',
      keys: [{ apiKeyId: 'key_1', revokedAt: null }],
    });
  });

  it('appends nothing when the same create command comes again', () => {
    spec.given(created).when(create()).thenNothing();
  });

  it('refuses a different create command on an existing account', () => {
    spec
      .given(created)
      .when(create({ commandId: 'OTHER' }))
      .thenThrows('CONCURRENT_MODIFICATION');
  });

  it.each(['', '   ', 'x'.repeat(201)])('rejects the name %j', (name) => {
    spec.given([]).when(create({ name })).thenThrows('VALIDATION_FAILED');
  });

  it('issues another key, once per command id', () => {
    spec.given(created).when(issue('CMD2', 'key_2')).then([issued2]);
    spec
      .given([...created, issued2])
      .when(issue('CMD2', 'key_2'))
      .thenNothing();
  });

  it('cannot issue a key on an unknown account', () => {
    spec.given([]).when(issue('CMD2', 'key_2')).thenThrows('NOT_FOUND');
  });

  it('revokes a key once; revoking it again changes nothing', () => {
    const revoked: AccountEvent = {
      type: 'ApiKeyRevoked',
      data: { apiKeyId: 'key_2', accountId: 'acc_1', revokedAt: '2025-01-03T00:00:00.000Z' },
    };
    const state = spec
      .given([...created, issued2])
      .when(revoke('key_2'))
      .then([revoked]);
    expect(
      state.status === 'ACTIVE' &&
        state.keys.find((k: { apiKeyId: string }) => k.apiKeyId === 'key_2')?.revokedAt,
    ).toBe('2025-01-03T00:00:00.000Z');
    spec
      .given([...created, issued2, revoked])
      .when(revoke('key_2'))
      .thenNothing();
  });

  it("answers NOT_FOUND for a key the account does not hold (unknown or another account's)", () => {
    spec.given(created).when(revoke('key_of_someone_else')).thenThrows('NOT_FOUND');
    spec.given([]).when(revoke('key_1')).thenThrows('NOT_FOUND');
  });
});
