import { accountProjection, type AccountProjectionEvent, type AccountRow } from './account.projection';

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

/*
 * given/when/then with the "twice" check of ProjectionSpec, compared with jest's toEqual: ProjectionSpec's
 * structuredClone makes arrays of another realm under jest, which its deepStrictEqual then reports as different.
 */
const spec = {
  given: (history: AccountProjectionEvent[]) => ({
    when: (event: AccountProjectionEvent) => ({
      then: (expected: AccountRow | null) => {
        const before = history.reduce<AccountRow | null>((row, e) => accountProjection.evolve(row, e), null);
        const once = accountProjection.evolve(before, event);
        expect(once).toEqual(expected);
        expect(accountProjection.evolve(once, event)).toEqual(once);
        return once;
      },
    }),
  }),
};

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
