import { eventually } from '@compliance/testing';
import { ADMIN_KEY, startAccountsStack, type AccountsStack } from './accounts-harness';

describe('walking skeleton: gateway → Kafka → accounts service → store → read model', () => {
  let stack: AccountsStack;

  beforeAll(async () => {
    stack = await startAccountsStack('walking_skeleton');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('creates an account, reads it with its own key, issues and revokes a key (401 right after)', async () => {
    const created = await stack.http('POST', '/v1/admin/accounts', {
      key: ADMIN_KEY,
      body: { name: 'Acme Telecom' },
      headers: { 'x-correlation-id': 'corr-walking-skeleton-1' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      accountId: expect.stringMatching(/^acc_[0-9A-Z]{26}$/),
      name: 'Acme Telecom',
      apiKey: expect.stringMatching(/^ck_live_/),
      webhookSigningSecret: expect.stringMatching(/^whsec_/),
      createdAt: expect.any(String),
    });
    const { accountId, apiKey } = created.body as { accountId: string; apiKey: string };

    const read = await eventually(async () => {
      const response = await stack.http('GET', `/v1/accounts/${accountId}`, { key: apiKey });
      return response.status === 200 ? response : undefined;
    });
    expect(read.body).toMatchObject({
      accountId,
      name: 'Acme Telecom',
      apiKeys: [{ role: 'CUSTOMER', revokedAt: null }],
    });
    expect(JSON.stringify(read.body)).not.toContain(apiKey);

    const issued = await stack.http('POST', `/v1/admin/accounts/${accountId}/apiKeys`, { key: ADMIN_KEY });
    expect(issued.status).toBe(201);
    const second = issued.body as { apiKeyId: string; apiKey: string };
    expect(second.apiKeyId).toMatch(/^key_/);
    expect((await stack.http('GET', `/v1/accounts/${accountId}`, { key: second.apiKey })).status).not.toBe(
      401,
    );

    const revoked = await stack.http('DELETE', `/v1/admin/accounts/${accountId}/apiKeys/${second.apiKeyId}`, {
      key: ADMIN_KEY,
    });
    expect(revoked.status).toBe(204);
    const afterRevoke = await stack.http('GET', `/v1/accounts/${accountId}`, { key: second.apiKey });
    expect(afterRevoke.status).toBe(401);
    expect((await stack.http('GET', `/v1/accounts/${accountId}`, { key: apiKey })).status).toBe(200);

    const events = await stack.db.pool.query<{ type: string; metadata: Record<string, unknown> }>(
      `SELECT type, metadata FROM event_store.events WHERE stream_id = $1 ORDER BY revision`,
      [`account-${accountId}`],
    );
    expect(events.rows.map((row) => row.type)).toEqual([
      'AccountCreated',
      'ApiKeyIssued',
      'ApiKeyIssued',
      'ApiKeyRevoked',
    ]);
    expect(events.rows[0]!.metadata).toMatchObject({
      correlationId: 'corr-walking-skeleton-1',
      actor: 'staff_bootstrap',
      accountId,
      causationId: expect.any(String),
    });
    const stored = JSON.stringify(await stack.db.pool.query('SELECT data FROM event_store.events'));
    expect(stored).not.toContain(apiKey);
    expect(stored).not.toContain(second.apiKey);
  });

  it("answers 403 for a customer key on another account, 404 for an unknown account, NOT_FOUND for another account's key", async () => {
    const a = (await stack.http('POST', '/v1/admin/accounts', { key: ADMIN_KEY, body: { name: 'A' } }))
      .body as { accountId: string; apiKey: string };
    const b = (await stack.http('POST', '/v1/admin/accounts', { key: ADMIN_KEY, body: { name: 'B' } }))
      .body as { accountId: string; apiKey: string };

    const foreign = await stack.http('GET', `/v1/accounts/${b.accountId}`, { key: a.apiKey });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({ code: 'FORBIDDEN' });

    const unknown = await stack.http('GET', '/v1/admin/accounts/acc_01JD6ZQ2W7V0K6X9T3N4R5S8Y1', {
      key: ADMIN_KEY,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND' });

    const bKeys = await eventually(async () => {
      const response = await stack.http('GET', `/v1/admin/accounts/${b.accountId}`, { key: ADMIN_KEY });
      return response.status === 200
        ? (response.body as { apiKeys: { apiKeyId: string }[] }).apiKeys
        : undefined;
    });
    const crossRevoke = await stack.http(
      'DELETE',
      `/v1/admin/accounts/${a.accountId}/apiKeys/${bKeys[0]!.apiKeyId}`,
      { key: ADMIN_KEY },
    );
    expect(crossRevoke.status).toBe(404);
    expect((await stack.http('GET', `/v1/accounts/${b.accountId}`, { key: b.apiKey })).status).toBe(200);

    const customerOnAdmin = await stack.http('POST', '/v1/admin/accounts', {
      key: a.apiKey,
      body: { name: 'nope' },
    });
    expect(customerOnAdmin.status).toBe(403);
  });

  it('rejects bad bodies with 400 and writes nothing', async () => {
    const before = await stack.db.pool.query<{ n: string }>('SELECT count(*) AS n FROM event_store.events');
    const missing = await stack.http('POST', '/v1/admin/accounts', { key: ADMIN_KEY, body: {} });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(missing.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'name' })]));
    const unknownField = await stack.http('POST', '/v1/admin/accounts', {
      key: ADMIN_KEY,
      body: { name: 'X', plan: 'gold' },
    });
    expect(unknownField.status).toBe(400);
    const badRole = await stack.http('POST', '/v1/admin/staff', {
      key: ADMIN_KEY,
      body: { name: 'X', role: 'CUSTOMER' },
    });
    expect(badRole.status).toBe(400);
    const after = await stack.db.pool.query<{ n: string }>('SELECT count(*) AS n FROM event_store.events');
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('replays a create with the same Idempotency-Key without its secrets, and no plaintext key is stored anywhere', async () => {
    const request = {
      key: ADMIN_KEY,
      body: { name: 'Replay Ltd' },
      headers: { 'idempotency-key': 'create-replay-ltd-1' },
    };
    const first = await stack.http('POST', '/v1/admin/accounts', request);
    expect(first.status).toBe(201);
    const replay = await stack.http('POST', '/v1/admin/accounts', request);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual({ ...first.body, apiKey: null, webhookSigningSecret: null });

    const accounts = await stack.http('GET', `/v1/admin/accounts/${first.body.accountId}`, {
      key: ADMIN_KEY,
    });
    expect(accounts.status).toBe(200);
    const everyTable = await stack.db.pool.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
        WHERE table_schema IN ('gateway', 'accounts', 'event_store', 'messaging') AND table_type = 'BASE TABLE'`,
    );
    for (const table of everyTable.rows) {
      const rows = await stack.db.pool.query(`SELECT * FROM "${table.schema}"."${table.name}"`);
      expect(JSON.stringify(rows.rows)).not.toContain(first.body.apiKey);
    }
  });

  it('creates staff whose key carries its role at once', async () => {
    const staff = await stack.http('POST', '/v1/admin/staff', {
      key: ADMIN_KEY,
      body: { name: 'Riley', role: 'REVIEWER' },
    });
    expect(staff.status).toBe(201);
    expect(staff.body).toEqual({
      staffId: expect.stringMatching(/^stf_/),
      apiKey: expect.stringMatching(/^ck_live_/),
    });
    const reviewerOnAdmin = await stack.http('POST', '/v1/admin/accounts', {
      key: staff.body.apiKey,
      body: { name: 'x' },
    });
    expect(reviewerOnAdmin.status).toBe(403);
  });
});
