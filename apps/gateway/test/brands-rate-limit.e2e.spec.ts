import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createGatewayApp } from '../src/create-gateway-app';
import { createLogger } from '../src/logging/logger';
import { ADMIN_KEY, startAccountsStack, type AccountsStack } from './accounts-harness';
import { brandsPath, newAccount, xmlRequest } from './support/brands-client';

/**
 * The rate limit of the brand paths (API.md: per account 30 a minute, bursts of 20 GET and 10 PUT/POST/DELETE)
 * with TWO gateway instances on one database: requests alternate between them and are counted together. The real
 * limits and window are used; the test waits the `Retry-After` it is told (under a minute).
 */
describe('brand paths rate limit across two gateway instances', () => {
  let stack: AccountsStack;
  let second: NestFastifyApplication;
  let secondUrl: string;

  beforeAll(async () => {
    stack = await startAccountsStack('brandsrl', { brands: true });
    second = await createGatewayApp({
      includeAccounts: false,
      includeCatalog: false,
      includeBrands: true,
      databaseUrl: stack.db.url,
      adminApiKey: ADMIN_KEY,
      logger: createLogger({ level: 'silent' }),
    });
    await second.listen(0, '127.0.0.1');
    secondUrl = await second.getUrl();
  });

  afterAll(async () => {
    await second?.close();
    await stack?.stop();
  });

  async function call(index: number, method: string, path: string, key: string, body?: unknown) {
    const base = index % 2 === 0 ? stack.baseUrl : secondUrl;
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
    };
  }

  it('answers the 11th write and the 21st GET of an account with 429 and Retry-After, then serves again after it', async () => {
    const account = await newAccount(stack);
    const other = await newAccount(stack, 'Other');
    const path = brandsPath(account.accountId);

    // Ten writes (rejected bodies count: the budget protects the registry), split over both instances.
    for (let i = 0; i < 10; i += 1) {
      const answer = await call(i, 'POST', path, account.apiKey, {});
      expect(answer.status).toBe(400);
      expect(answer.headers.get('ratelimit-remaining')).toBe(String(9 - i));
    }
    const eleventh = await call(10, 'POST', path, account.apiKey, {});
    expect(eleventh.status).toBe(429);
    expect(eleventh.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    const writeRetry = Number(eleventh.headers.get('retry-after'));
    expect(writeRetry).toBeGreaterThanOrEqual(1);
    expect(writeRetry).toBeLessThanOrEqual(60);
    expect(
      (
        await call(
          11,
          'PUT',
          brandsPath(account.accountId, '/brd_01JGFJJZ000000000000000000/revet'),
          account.apiKey,
        )
      ).status,
    ).toBe(429);

    // GETs have their own burst of 20.
    for (let i = 0; i < 20; i += 1) {
      const answer = await call(i, 'GET', path, account.apiKey);
      expect(answer.status).toBe(200);
    }
    const twentyFirst = await call(20, 'GET', path, account.apiKey);
    expect(twentyFirst.status).toBe(429);
    expect(twentyFirst.headers.get('content-type')).toContain('application/problem+json');
    const retryAfter = Number(twentyFirst.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);

    // In XML the 429 is the guide's error body.
    const xml = await xmlRequest(stack, 'GET', path, account.apiKey);
    expect(xml.status).toBe(429);
    expect(xml.headers.get('retry-after')).toEqual(expect.any(String));
    expect(xml.doc.BrandResponse.ResponseStatus.ErrorCode).toBe('RATE_LIMITED');

    // Another account is not held back, on either instance.
    expect((await call(0, 'GET', brandsPath(other.accountId), other.apiKey)).status).toBe(200);
    expect((await call(1, 'GET', brandsPath(other.accountId), other.apiKey)).status).toBe(200);

    // After the wait it was told, the account is served again (reads and writes).
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 250));
    expect((await call(1, 'GET', path, account.apiKey)).status).toBe(200);
    expect((await call(0, 'POST', path, account.apiKey, {})).status).toBe(400);
  }, 120_000);
});
