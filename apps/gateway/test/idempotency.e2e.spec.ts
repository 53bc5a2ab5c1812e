import { http, startTestGateway, type TestGateway } from './support/test-gateway';

describe('gateway: Idempotency-Key on POST', () => {
  let gw: TestGateway;
  let customerKey: string;
  const account = 'acc_01IDEMPOTENCYA';
  const probes = `/v1/accounts/${account}/probes`;
  let sequence = 0;
  const newKey = (): string => `idem-${process.pid}-${++sequence}`;

  beforeAll(async () => {
    gw = await startTestGateway('gw_idempotency');
    customerKey = (await gw.createKey('CUSTOMER', account)).apiKey;
  });

  afterAll(async () => {
    gw.gate.release();
    await gw.close();
  });

  it('the same key and body returns the first response (status and body) and runs the handler once', async () => {
    const key = newKey();
    const before = await gw.probeCount();
    const first = await http(gw.baseUrl, 'POST', probes, {
      apiKey: customerKey,
      body: { name: 'once', count: 1 },
      headers: { 'idempotency-key': key },
    });
    expect(first.status).toBe(201);
    // Key order does not make another request.
    const again = await http(gw.baseUrl, 'POST', probes, {
      apiKey: customerKey,
      body: { count: 1, name: 'once' },
      headers: { 'idempotency-key': key },
    });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    expect(await gw.probeCount()).toBe(before + 1);

    const stored = await gw.db.pool.query(
      `SELECT state, response_status, expires_at - created_at AS ttl FROM gateway.idempotency_keys WHERE idempotency_key = $1`,
      [key],
    );
    expect(stored.rows).toEqual([expect.objectContaining({ state: 'COMPLETED', response_status: 201 })]);
    expect(stored.rows[0].ttl.hours ?? stored.rows[0].ttl.days * 24).toBe(24);
  });

  it('the same key with another body → 422 IDEMPOTENCY_KEY_REUSED, nothing runs', async () => {
    const key = newKey();
    await http(gw.baseUrl, 'POST', probes, {
      apiKey: customerKey,
      body: { name: 'a', count: 1 },
      headers: { 'idempotency-key': key },
    });
    const before = await gw.probeCount();
    const reused = await http(gw.baseUrl, 'POST', probes, {
      apiKey: customerKey,
      body: { name: 'b', count: 1 },
      headers: { 'idempotency-key': key },
    });
    expect(reused.status).toBe(422);
    expect(reused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const otherPath = await http(gw.baseUrl, 'POST', '/v1/admin/probes', {
      apiKey: gw.adminApiKey,
      body: { name: 'a', count: 1 },
      headers: { 'idempotency-key': key },
    });
    expect(otherPath.status).toBe(201); // another principal: its own key space
    expect(await gw.probeCount()).toBe(before + 1);
  });

  it('keys are scoped per principal: another key of the same account runs its own request', async () => {
    const key = newKey();
    const second = await gw.createKey('CUSTOMER', 'acc_01IDEMPOTENCYB');
    const before = await gw.probeCount();
    const a = await http(gw.baseUrl, 'POST', probes, {
      apiKey: customerKey,
      body: { name: 'x', count: 1 },
      headers: { 'idempotency-key': key },
    });
    const b = await http(gw.baseUrl, 'POST', '/v1/accounts/acc_01IDEMPOTENCYB/probes', {
      apiKey: second.apiKey,
      body: { name: 'x', count: 1 },
      headers: { 'idempotency-key': key },
    });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body.probeId).not.toBe(a.body.probeId);
    expect(await gw.probeCount()).toBe(before + 2);
  });

  it('a concurrent duplicate does not run while the first is in progress (409), then replays', async () => {
    const key = newKey();
    const body = { name: 'concurrent', count: 3 };
    const before = await gw.probeCount();
    const entered = gw.gate.entered;
    gw.gate.close();
    const first = http(gw.baseUrl, 'POST', probes, {
      apiKey: customerKey,
      body,
      headers: { 'idempotency-key': key },
    });
    // Wait until the first request is inside the handler, holding its claim.
    while (gw.gate.entered === entered) await new Promise((resolve) => setTimeout(resolve, 10));
    const duplicates = await Promise.all(
      [1, 2, 3].map(() =>
        http(gw.baseUrl, 'POST', probes, { apiKey: customerKey, body, headers: { 'idempotency-key': key } }),
      ),
    );
    for (const duplicate of duplicates) {
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.code).toBe('CONCURRENT_MODIFICATION');
      expect(duplicate.headers.get('retry-after')).toBe('1');
    }
    gw.gate.release();
    const firstResult = await first;
    expect(firstResult.status).toBe(201);
    expect(gw.gate.entered).toBe(entered + 1);
    expect(await gw.probeCount()).toBe(before + 1);
    const replay = await http(gw.baseUrl, 'POST', probes, {
      apiKey: customerKey,
      body,
      headers: { 'idempotency-key': key },
    });
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(firstResult.body);
  });

  it('a failed request is not stored: a fixed retry with the same key runs', async () => {
    const key = newKey();
    const invalid = await http(gw.baseUrl, 'POST', probes, {
      apiKey: customerKey,
      body: { name: 'x' },
      headers: { 'idempotency-key': key },
    });
    expect(invalid.status).toBe(400);
    const rows = await gw.db.pool.query('SELECT 1 FROM gateway.idempotency_keys WHERE idempotency_key = $1', [
      key,
    ]);
    expect(rows.rowCount).toBe(0);
  });

  it('an expired stored response no longer replays: the request runs again', async () => {
    const key = newKey();
    const body = { name: 'expiring', count: 1 };
    const first = await http(gw.baseUrl, 'POST', probes, {
      apiKey: customerKey,
      body,
      headers: { 'idempotency-key': key },
    });
    await gw.db.pool.query(
      `UPDATE gateway.idempotency_keys SET expires_at = now() - interval '1 second' WHERE idempotency_key = $1`,
      [key],
    );
    const before = await gw.probeCount();
    const later = await http(gw.baseUrl, 'POST', probes, {
      apiKey: customerKey,
      body,
      headers: { 'idempotency-key': key },
    });
    expect(later.status).toBe(201);
    expect(later.body.probeId).not.toBe(first.body.probeId);
    expect(await gw.probeCount()).toBe(before + 1);
  });

  it('an invalid Idempotency-Key → 400 VALIDATION_FAILED naming the header', async () => {
    const result = await http(gw.baseUrl, 'POST', probes, {
      apiKey: customerKey,
      body: { name: 'x', count: 1 },
      headers: { 'idempotency-key': 'k'.repeat(256) },
    });
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
  });
});
