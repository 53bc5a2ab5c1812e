import { http, startTestGateway, type HttpResult, type TestGateway } from './support/test-gateway';

/** Bad requests answer exactly as API.md says (RFC 9457, stable codes) and never reach the handler. */
describe('gateway: bad input is rejected and writes nothing', () => {
  let gw: TestGateway;
  let customerKey: string;
  const account = 'acc_01TESTACCOUNTA';
  const otherAccount = 'acc_01TESTACCOUNTB';
  const probes = `/v1/accounts/${account}/probes`;
  const valid = { name: 'first', count: 2 };

  beforeAll(async () => {
    gw = await startTestGateway('gw_bad_input');
    customerKey = (await gw.createKey('CUSTOMER', account)).apiKey;
  });

  afterAll(async () => {
    await gw.close();
  });

  const expectProblem = (result: HttpResult, status: number, code: string): void => {
    expect(result.status).toBe(status);
    expect(result.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(result.body).toEqual(
      expect.objectContaining({
        type: expect.any(String),
        title: expect.any(String),
        status,
        detail: expect.any(String),
        code,
      }),
    );
    expect(Array.isArray(result.body.errors)).toBe(true);
  };

  it('accepts a valid request (the baseline the other cases differ from)', async () => {
    const before = await gw.probeCount();
    const result = await http(gw.baseUrl, 'POST', probes, { apiKey: customerKey, body: valid });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({ accountId: account, name: 'first', count: 2 });
    expect(await gw.probeCount()).toBe(before + 1);
  });

  it('malformed JSON → 400 VALIDATION_FAILED', async () => {
    const before = await gw.probeCount();
    const result = await http(gw.baseUrl, 'POST', probes, {
      apiKey: customerKey,
      rawBody: '{"name": "x", "count": ',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(result, 400, 'VALIDATION_FAILED');
    expect(await gw.probeCount()).toBe(before);
  });

  it('unknown and invalid fields → 400 VALIDATION_FAILED listing every bad field at once', async () => {
    const before = await gw.probeCount();
    const result = await http(gw.baseUrl, 'POST', probes, {
      apiKey: customerKey,
      body: { name: 'x'.repeat(51), count: 0, isAdmin: true, tag: { label: 'ok', colour: 'red' } },
    });
    expectProblem(result, 400, 'VALIDATION_FAILED');
    const fields = (result.body.errors as { field: string; code: string }[])
      .map((e) => `${e.field}:${e.code}`)
      .sort();
    expect(fields).toEqual([
      'count:MIN',
      'isAdmin:UNKNOWN_FIELD',
      'name:MAX_LENGTH',
      'tag.colour:UNKNOWN_FIELD',
    ]);
    expect(await gw.probeCount()).toBe(before);
  });

  it('a missing required field is REQUIRED', async () => {
    const result = await http(gw.baseUrl, 'POST', probes, { apiKey: customerKey, body: { count: 1 } });
    expectProblem(result, 400, 'VALIDATION_FAILED');
    expect(result.body.errors).toEqual([expect.objectContaining({ field: 'name', code: 'REQUIRED' })]);
  });

  it('a body over 1 MiB → 413 PAYLOAD_TOO_LARGE', async () => {
    const before = await gw.probeCount();
    const result = await http(gw.baseUrl, 'POST', probes, {
      apiKey: customerKey,
      body: { name: 'big', count: 1, padding: 'x'.repeat(1024 * 1024) },
    });
    expectProblem(result, 413, 'PAYLOAD_TOO_LARGE');
    expect(await gw.probeCount()).toBe(before);
  });

  it.each([
    ['text/plain', 'name=x'],
    ['application/x-www-form-urlencoded', 'name=x&count=1'],
    ['application/xml', '<probe><name>x</name></probe>'],
  ])('content type %s → 415 UNSUPPORTED_MEDIA_TYPE', async (contentType, rawBody) => {
    const before = await gw.probeCount();
    const result = await http(gw.baseUrl, 'POST', probes, {
      apiKey: customerKey,
      rawBody,
      headers: { 'content-type': contentType },
    });
    expectProblem(result, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(await gw.probeCount()).toBe(before);
  });

  it('no API key → 401 UNAUTHENTICATED with WWW-Authenticate: Bearer', async () => {
    const before = await gw.probeCount();
    const result = await http(gw.baseUrl, 'POST', probes, { body: valid });
    expectProblem(result, 401, 'UNAUTHENTICATED');
    expect(result.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await gw.probeCount()).toBe(before);
  });

  it.each([
    ['an unknown key', 'Bearer key_doesnotexist'],
    ['a non-Bearer scheme', 'Basic dXNlcjpwYXNz'],
    ['an empty Bearer', 'Bearer '],
  ])('%s → 401 UNAUTHENTICATED with WWW-Authenticate: Bearer', async (_case, authorization) => {
    const before = await gw.probeCount();
    const result = await http(gw.baseUrl, 'POST', probes, { body: valid, headers: { authorization } });
    expectProblem(result, 401, 'UNAUTHENTICATED');
    expect(result.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await gw.probeCount()).toBe(before);
  });

  it('a revoked key → 401 from then on', async () => {
    const key = await gw.createKey('CUSTOMER', account);
    expect((await http(gw.baseUrl, 'GET', probes, { apiKey: key.apiKey })).status).toBe(200);
    await gw.revokeKey(key.apiKeyId);
    const before = await gw.probeCount();
    const result = await http(gw.baseUrl, 'POST', probes, { apiKey: key.apiKey, body: valid });
    expectProblem(result, 401, 'UNAUTHENTICATED');
    expect(result.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await gw.probeCount()).toBe(before);
  });

  it("a customer key on another account's path → 403 FORBIDDEN", async () => {
    const before = await gw.probeCount();
    const result = await http(gw.baseUrl, 'POST', `/v1/accounts/${otherAccount}/probes`, {
      apiKey: customerKey,
      body: valid,
    });
    expectProblem(result, 403, 'FORBIDDEN');
    expect(
      (await http(gw.baseUrl, 'GET', `/v1/accounts/${otherAccount}/probes`, { apiKey: customerKey })).status,
    ).toBe(403);
    expect(await gw.probeCount()).toBe(before);
  });

  it('a customer key on an admin path → 403 FORBIDDEN, also when the body is invalid', async () => {
    const before = await gw.probeCount();
    expectProblem(
      await http(gw.baseUrl, 'POST', '/v1/admin/probes', { apiKey: customerKey, body: valid }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await http(gw.baseUrl, 'POST', '/v1/admin/probes', { apiKey: customerKey, body: { bad: 1 } }),
      403,
      'FORBIDDEN',
    );
    expect(await gw.probeCount()).toBe(before);
  });

  it('@Roles: a REVIEWER key on an ADMIN-only route → 403; an ADMIN key passes', async () => {
    const reviewer = await gw.createKey('REVIEWER', null);
    const admin = await gw.createKey('ADMIN', null);
    const path = `/v1/accounts/${otherAccount}/admin-only-probes`;
    const before = await gw.probeCount();
    expectProblem(
      await http(gw.baseUrl, 'POST', path, { apiKey: reviewer.apiKey, body: valid }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await http(gw.baseUrl, 'POST', path, { apiKey: customerKey, body: valid }),
      403,
      'FORBIDDEN',
    );
    expect(await gw.probeCount()).toBe(before);
    expect((await http(gw.baseUrl, 'POST', path, { apiKey: admin.apiKey, body: valid })).status).toBe(201);
  });

  it('staff keys may use any account path and admin paths; the bootstrap ADMIN_API_KEY is an ADMIN', async () => {
    const reviewer = await gw.createKey('REVIEWER', null);
    expect(
      (
        await http(gw.baseUrl, 'POST', `/v1/accounts/${otherAccount}/probes`, {
          apiKey: reviewer.apiKey,
          body: valid,
        })
      ).status,
    ).toBe(201);
    expect(
      (await http(gw.baseUrl, 'POST', '/v1/admin/probes', { apiKey: reviewer.apiKey, body: valid })).status,
    ).toBe(201);
    const asBootstrap = await http(gw.baseUrl, 'POST', '/v1/admin/probes', {
      apiKey: gw.adminApiKey,
      body: valid,
    });
    expect(asBootstrap.status).toBe(201);
    expect(asBootstrap.body.context.principalId).toBe('staff_bootstrap');
  });

  it('unknown routes → 404 NOT_FOUND as problem details', async () => {
    expectProblem(await http(gw.baseUrl, 'GET', '/v1/nowhere', { apiKey: customerKey }), 404, 'NOT_FOUND');
  });
});
