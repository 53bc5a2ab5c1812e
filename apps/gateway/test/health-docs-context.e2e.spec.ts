import pino from 'pino';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createGatewayApp } from '../src/create-gateway-app';
import { http, startTestGateway, type TestGateway } from './support/test-gateway';
import { PROBE_GATE, ProbeController, ProbeGate } from './support/probe.controller';

describe('gateway: /health, OpenAPI docs and request ids', () => {
  let gw: TestGateway;
  let customerKey: string;
  const account = 'acc_01CONTEXTTEST';

  beforeAll(async () => {
    gw = await startTestGateway('gw_health_docs');
    customerKey = (await gw.createKey('CUSTOMER', account)).apiKey;
  });

  afterAll(async () => {
    await gw.close();
  });

  it('/health answers 200 without a key when PostgreSQL and Kafka answer', async () => {
    const result = await http(gw.baseUrl, 'GET', '/health');
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      status: 'ok',
      checks: { postgres: { status: 'up' }, kafka: { status: 'up', brokers: expect.any(Number) } },
    });
  });

  it('/docs serves Swagger UI and /docs-json an OpenAPI 3 document with bearer auth and the conventions', async () => {
    const ui = await http(gw.baseUrl, 'GET', '/docs');
    expect(ui.status).toBe(200);
    expect(ui.headers.get('content-type')).toMatch(/text\/html/);
    expect(ui.text).toContain('swagger-ui');

    const doc = await http(gw.baseUrl, 'GET', '/docs-json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(doc.body.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.body.security).toEqual([{ apiKey: [] }]);
    for (const topic of [
      'Idempotency-Key',
      'application/problem+json',
      'nextPageToken',
      'IDEMPOTENCY_KEY_REUSED',
    ]) {
      expect(doc.body.info.description).toContain(topic);
    }
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/health', '/v1/accounts/{accountId}/probes']),
    );
    expect(doc.body.components.schemas.Problem).toBeDefined();
  });

  it('keeps given X-Request-Id / X-Correlation-Id, echoes them and hands them to the handler with the principal', async () => {
    const result = await http(gw.baseUrl, 'POST', `/v1/accounts/${account}/probes`, {
      apiKey: customerKey,
      body: { name: 'ids', count: 1 },
      headers: { 'x-request-id': 'client-req-1', 'x-correlation-id': 'flow-42' },
    });
    expect(result.status).toBe(201);
    expect(result.headers.get('x-request-id')).toBe('client-req-1');
    expect(result.headers.get('x-correlation-id')).toBe('flow-42');
    expect(result.body.context).toEqual({
      requestId: 'client-req-1',
      correlationId: 'flow-42',
      principalId: `acc_principal_${account}`,
    });
    const row = await gw.db.pool.query(
      'SELECT request_id, correlation_id FROM public.probe_writes WHERE name = $1',
      ['ids'],
    );
    expect(row.rows).toEqual([{ request_id: 'client-req-1', correlation_id: 'flow-42' }]);
  });

  it('generates ids when absent or unacceptable (correlation id = request id), also on errors', async () => {
    const generated = await http(gw.baseUrl, 'POST', `/v1/accounts/${account}/probes`, {
      apiKey: customerKey,
      body: { name: 'gen', count: 1 },
    });
    const requestId = generated.headers.get('x-request-id');
    expect(requestId).toMatch(/^req_[0-9A-Z]{26}$/);
    expect(generated.headers.get('x-correlation-id')).toBe(requestId);
    expect(generated.body.context.requestId).toBe(requestId);

    const rejected = await http(gw.baseUrl, 'GET', `/v1/accounts/${account}/probes`, {
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(rejected.status).toBe(401);
    expect(rejected.headers.get('x-request-id')).toMatch(/^req_/);
  });

  it('two concurrent requests each see their own context', async () => {
    const results = await Promise.all(
      ['a', 'b', 'c', 'd'].map((id) =>
        http(gw.baseUrl, 'POST', `/v1/accounts/${account}/probes`, {
          apiKey: customerKey,
          body: { name: `parallel-${id}`, count: 1 },
          headers: { 'x-request-id': `req-${id}` },
        }),
      ),
    );
    expect(results.map((r) => r.body.context.requestId as string)).toEqual([
      'req-a',
      'req-b',
      'req-c',
      'req-d',
    ]);
  });
});

describe('gateway: PostgreSQL and Kafka down', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  const adminApiKey = 'adm_dependency_down_test';

  beforeAll(async () => {
    app = await createGatewayApp({
      includeAccounts: false,
      includeCatalog: false,
      includeIdentity: false,
      includeNotifications: false,
      includePhoneNumbers: false,
      includeBundles: false,
      // Nothing listens on port 1: both connections are refused at once.
      databaseUrl: 'postgres://postgres@127.0.0.1:1/nowhere',
      kafkaBrokers: ['127.0.0.1:1'],
      healthTimeoutMs: 1000,
      adminApiKey,
      logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      controllers: [ProbeController],
      providers: [{ provide: PROBE_GATE, useValue: new ProbeGate() }],
    });
    await app.listen(0, '127.0.0.1');
    baseUrl = await app.getUrl();
  });

  afterAll(async () => {
    await app.close();
  });

  it('/health answers 503 naming what is down', async () => {
    const result = await http(baseUrl, 'GET', '/health');
    expect(result.status).toBe(503);
    expect(result.body).toMatchObject({
      status: 'unavailable',
      checks: {
        postgres: { status: 'down', error: expect.any(String) },
        kafka: { status: 'down', error: expect.any(String) },
      },
    });
  });

  it('a request that needs PostgreSQL → 503 DEPENDENCY_UNAVAILABLE with Retry-After', async () => {
    const asCustomer = await http(baseUrl, 'GET', '/v1/accounts/acc_x/probes', { apiKey: 'key_anything' });
    expect(asCustomer.status).toBe(503);
    expect(asCustomer.body.code).toBe('DEPENDENCY_UNAVAILABLE');
    expect(Number(asCustomer.headers.get('retry-after'))).toBeGreaterThan(0);

    const asAdmin = await http(baseUrl, 'POST', '/v1/admin/probes', {
      apiKey: adminApiKey,
      body: { name: 'x', count: 1 },
    });
    expect(asAdmin.status).toBe(503);
    expect(asAdmin.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(asAdmin.body.code).toBe('DEPENDENCY_UNAVAILABLE');
  });
});
