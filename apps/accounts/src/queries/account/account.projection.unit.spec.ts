import { ProjectionSpec } from '@compliance/event-sourcing/testing';
import { accountProjection, type AccountProjectionEvent } from './account.projection';

const created: AccountProjectionEvent = {
  type: 'AccountCreated',
  data: {
    accountId: 'acc_1',
    name: 'Acme',
    webhookSigningSecret: 'whsec_x',
    commandId: 'C1',
    createdAt: '2025-01-01T00:00:00.000Z',
  },
};
const issued: AccountProjectionEvent = {
  type: 'ApiKeyIssued',
  data: {
    apiKeyId: 'key_1',
    keyHash: 'secret-hash',
    role: 'CUSTOMER',
    principalId: 'acc_1',
    accountId: 'acc_1',
    commandId: 'C1',
    issuedAt: '2025-01-01T00:00:00.000Z',
  },
};
const revoked: AccountProjectionEvent = {
  type: 'ApiKeyRevoked',
  data: { apiKeyId: 'key_1', accountId: 'acc_1', revokedAt: '2025-01-02T00:00:00.000Z' },
};

const spec = ProjectionSpec.for(accountProjection);

describe('account projection', () => {
  it('creates the row without the webhook secret', () => {
    spec
      .given([])
      .when(created)
      .then({ accountId: 'acc_1', name: 'Acme', createdAt: '2025-01-01T00:00:00.000Z', apiKeys: [] });
  });

  it('lists issued keys without their hash, idempotently', () => {
    spec
      .given([created])
      .when(issued)
      .then({
        accountId: 'acc_1',
        name: 'Acme',
        createdAt: '2025-01-01T00:00:00.000Z',
        apiKeys: [
          { apiKeyId: 'key_1', role: 'CUSTOMER', createdAt: '2025-01-01T00:00:00.000Z', revokedAt: null },
        ],
      });
  });

  it('marks a revoked key and keeps the first revocation time', () => {
    const row = spec
      .given([created, issued])
      .when(revoked)
      .then({
        accountId: 'acc_1',
        name: 'Acme',
        createdAt: '2025-01-01T00:00:00.000Z',
        apiKeys: [
          {
            apiKeyId: 'key_1',
            role: 'CUSTOMER',
            createdAt: '2025-01-01T00:00:00.000Z',
            revokedAt: '2025-01-02T00:00:00.000Z',
          },
        ],
      });
    expect(row?.apiKeys[0]?.revokedAt).toBe('2025-01-02T00:00:00.000Z');
  });

  it('ignores a key event for an account it has not seen', () => {
    spec.given([]).when(issued).then(null);
  });
});
