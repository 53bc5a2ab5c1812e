import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { hashApiKey } from '@compliance/contracts';
import { createTestDatabase, type TestDatabase } from '@compliance/testing';
import pino from 'pino';
import { createGatewayApp, type GatewayAppOptions } from '../../src/create-gateway-app';
import { migrateGateway } from '../../src/database/migrate-gateway';
import type { Role } from '../../src/auth/principal';
import { PROBE_GATE, PROBE_TABLE_SQL, ProbeController, ProbeGate } from './probe.controller';

export interface TestGateway {
  app: NestFastifyApplication;
  baseUrl: string;
  db: TestDatabase;
  gate: ProbeGate;
  adminApiKey: string;
  /** Inserts a live key into gateway.api_keys, as the accounts projection would. */
  createKey(
    role: Role,
    accountId: string | null,
  ): Promise<{ apiKey: string; apiKeyId: string; principalId: string }>;
  revokeKey(apiKeyId: string): Promise<void>;
  probeCount(): Promise<number>;
  close(): Promise<void>;
}

export async function startTestGateway(label: string, options: GatewayAppOptions = {}): Promise<TestGateway> {
  const db = await createTestDatabase(label);
  await migrateGateway(db.url);
  await db.pool.query(PROBE_TABLE_SQL);
  const gate = new ProbeGate();
  const adminApiKey = `adm_${randomBytes(16).toString('hex')}`;
  const app = await createGatewayApp({
    databaseUrl: db.url,
    adminApiKey,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    includeAccounts: false,
    includeCatalog: false,
    includeIdentity: false,
    includeNotifications: false,
    includePhoneNumbers: false,
    includeBrands: false,
    includeBundles: false,
    controllers: [ProbeController],
    providers: [{ provide: PROBE_GATE, useValue: gate }],
    ...options,
  });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  let sequence = 0;
  return {
    app,
    baseUrl: `http://127.0.0.1:${address.port}`,
    db,
    gate,
    adminApiKey,
    async createKey(role, accountId) {
      sequence += 1;
      const apiKey = `key_${randomBytes(18).toString('base64url')}`;
      const apiKeyId = `apk_test${sequence}`;
      const principalId = accountId ? `acc_principal_${accountId}` : `staff_test${sequence}`;
      await db.pool.query(
        `INSERT INTO gateway.api_keys (key_hash, api_key_id, principal_id, account_id, role, created_at)
         VALUES ($1, $2, $3, $4, $5, now())`,
        [hashApiKey(apiKey), apiKeyId, principalId, accountId, role],
      );
      return { apiKey, apiKeyId, principalId };
    },
    async revokeKey(apiKeyId) {
      await db.pool.query('UPDATE gateway.api_keys SET revoked_at = now() WHERE api_key_id = $1', [apiKeyId]);
    },
    async probeCount() {
      const result = await db.pool.query<{ count: string }>('SELECT count(*) FROM public.probe_writes');
      return Number(result.rows[0]!.count);
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

export interface HttpResult {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  body: any;
  text: string;
}

export async function http(
  baseUrl: string,
  method: string,
  path: string,
  init: { apiKey?: string; body?: unknown; rawBody?: string | Buffer; headers?: Record<string, string> } = {},
): Promise<HttpResult> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.apiKey !== undefined) headers.authorization = `Bearer ${init.apiKey}`;
  let body: string | Buffer | undefined;
  if (init.rawBody !== undefined) body = init.rawBody;
  else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}
