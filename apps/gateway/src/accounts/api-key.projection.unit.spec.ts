import { apiKeyProjection, type ApiKeyEvent, type ApiKeyRow } from './api-key.projection';

const issued: ApiKeyEvent = {
  type: 'ApiKeyIssued',
  data: {
    apiKeyId: 'key_1',
    keyHash: 'h1',
    role: 'CUSTOMER',
    principalId: 'acc_1',
    accountId: 'acc_1',
    commandId: 'C1',
    issuedAt: '2025-01-01T00:00:00.000Z',
  },
};
const revoked: ApiKeyEvent = {
  type: 'ApiKeyRevoked',
  data: { apiKeyId: 'key_1', accountId: 'acc_1', revokedAt: '2025-01-02T00:00:00.000Z' },
};
const later: ApiKeyEvent = {
  type: 'ApiKeyRevoked',
  data: { apiKeyId: 'key_1', accountId: 'acc_1', revokedAt: '2025-01-09T00:00:00.000Z' },
};

const run = (events: ApiKeyEvent[]) =>
  events.reduce<ApiKeyRow | null>((row, e) => apiKeyProjection.evolve(row, e), null);

describe('gateway api-key projection', () => {
  const live: ApiKeyRow = {
    keyHash: 'h1',
    apiKeyId: 'key_1',
    principalId: 'acc_1',
    accountId: 'acc_1',
    role: 'CUSTOMER',
    createdAt: '2025-01-01T00:00:00.000Z',
    revokedAt: null,
  };

  it('adds an issued key, once', () => {
    expect(run([issued])).toEqual(live);
    expect(run([issued, issued])).toEqual(live);
  });

  it('revokes it and keeps the first revocation time', () => {
    expect(run([issued, revoked])).toEqual({ ...live, revokedAt: '2025-01-02T00:00:00.000Z' });
    expect(run([issued, revoked, later])).toEqual({ ...live, revokedAt: '2025-01-02T00:00:00.000Z' });
  });

  it('does not bring a revoked key back when its issue is delivered again', () => {
    expect(run([issued, revoked, issued])).toEqual({ ...live, revokedAt: '2025-01-02T00:00:00.000Z' });
  });

  it('ignores a revocation of a key it never saw', () => {
    expect(run([revoked])).toBeNull();
  });
});
