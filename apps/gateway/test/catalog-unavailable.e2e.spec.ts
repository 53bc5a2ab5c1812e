import { eventually } from '@compliance/testing';
import { ADMIN_KEY, startAccountsStack, type AccountsStack } from './accounts-harness';

/**
 * The catalog service stops: catalog reads answer 503 DEPENDENCY_UNAVAILABLE with Retry-After (after the gateway's
 * attempts time out) while the rest of the gateway keeps working; a new catalog process picks the requests up again.
 */
describe('catalog service away and back', () => {
  let stack: AccountsStack;
  const saved = {
    timeout: process.env.CATALOG_REQUEST_TIMEOUT_MS,
    attempts: process.env.CATALOG_REQUEST_ATTEMPTS,
  };

  beforeAll(async () => {
    process.env.CATALOG_REQUEST_TIMEOUT_MS = '1500';
    process.env.CATALOG_REQUEST_ATTEMPTS = '2';
    stack = await startAccountsStack('catalog_away', { catalog: true });
  });

  afterAll(async () => {
    await stack?.stop();
    for (const [name, value] of [
      ['CATALOG_REQUEST_TIMEOUT_MS', saved.timeout],
      ['CATALOG_REQUEST_ATTEMPTS', saved.attempts],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('answers 503 with Retry-After while no catalog process runs, and serves again once one is back', async () => {
    const created = await stack.http('POST', '/v1/admin/accounts', {
      key: ADMIN_KEY,
      body: { name: 'Away' },
    });
    expect(created.status).toBe(201);
    const { accountId, apiKey } = created.body as { accountId: string; apiKey: string };
    const path = `/v1/accounts/${accountId}/compliance/requirements?country=DE&numberType=LOCAL`;
    const before = await stack.http('GET', path, { key: apiKey });
    expect(before.status).toBe(200);

    await stack.catalogService!.stop();
    const away = await stack.http('GET', path, { key: apiKey });
    expect(away.status).toBe(503);
    expect(away.headers.get('retry-after')).toBe('5');
    expect(away.body).toMatchObject({ status: 503, code: 'DEPENDENCY_UNAVAILABLE' });
    expect(away.body.detail).toContain('catalog');
    expect((await stack.http('GET', `/v1/accounts/${accountId}`, { key: apiKey })).status).toBe(200);

    await stack.startExtraService('catalog');
    const back = await eventually(
      async () => {
        const response = await stack.http('GET', path, { key: apiKey });
        return response.status === 200 ? response : undefined;
      },
      { timeoutMs: 30_000 },
    );
    expect(back.body).toEqual(before.body);
  });
});
