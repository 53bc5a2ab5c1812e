/**
 * Round trip of the walking skeleton: POST /v1/admin/accounts through the gateway → Kafka → accounts service →
 * event store → reply (the response includes the wait for the gateway's api-key projection), and the time until
 * the accounts read model shows the account (GET /v1/admin/accounts/{id} polled). Sequential requests, so each
 * figure is one request's latency. The accounts service runs as its own process (`apps/accounts/dist/main.js`).
 * Baseline in the same run: `GET /health/live` on the same gateway (HTTP, auth-free, no Kafka, no database), so
 * the ratio shows what Kafka request-reply, the service and the store add over the HTTP layer on this machine.
 * Usage: `npm run bench -w @compliance/gateway` (env BENCH_REQUESTS, default 100).
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { databaseUrl, dropDatabase, ensureDatabase, withDatabase } from '@compliance/postgres';
import { createGatewayApp } from '../create-gateway-app';
import { createLogger } from '../logging/logger';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);
const ADMIN_KEY = `bench_admin_${randomBytes(16).toString('hex')}`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function summary(name: string, values: number[], baseline?: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1);
  const line = `${name}: n=${sorted.length} p50=${f(percentile(sorted, 50))} ms p90=${f(percentile(sorted, 90))} ms p99=${f(percentile(sorted, 99))} ms max=${f(sorted.at(-1) ?? NaN)} ms`;
  if (!baseline) return line;
  const base = [...baseline].sort((a, b) => a - b);
  const ratio = (p: number) => (percentile(sorted, p) / percentile(base, p)).toFixed(1);
  return `${line}  (${ratio(50)}x / ${ratio(99)}x the baseline at p50 / p99)`;
}

async function main(): Promise<void> {
  const url = withDatabase(databaseUrl(), `bench_round_trip_${randomBytes(4).toString('hex')}`);
  const namespace = `bench.${Date.now().toString(36)}.`;
  await ensureDatabase(url);
  process.env.KAFKA_TOPIC_NAMESPACE = namespace;
  const service = spawn(
    process.execPath,
    [path.join(__dirname, '..', '..', '..', 'accounts', 'dist', 'main.js')],
    {
      env: {
        ...process.env,
        DATABASE_URL: url,
        KAFKA_TOPIC_NAMESPACE: namespace,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    service.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolve();
    });
    service.on('exit', (code) => reject(new Error(`accounts service exited with ${String(code)}`)));
  });
  const app = await createGatewayApp({
    databaseUrl: url,
    adminApiKey: ADMIN_KEY,
    runMigrations: true,
    logger: createLogger({ level: 'silent' }),
  });
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  const headers = { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' };
  try {
    const baseline: number[] = [];
    for (let i = 0; i < REQUESTS + 5; i += 1) {
      const start = performance.now();
      const response = await fetch(`${base}/health/live`);
      await response.arrayBuffer();
      if (i >= 5) baseline.push(performance.now() - start);
    }
    const created: number[] = [];
    const visible: number[] = [];
    for (let i = 0; i < REQUESTS + 5; i += 1) {
      const start = performance.now();
      const response = await fetch(`${base}/v1/admin/accounts`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: `Bench ${i}` }),
      });
      const afterCreate = performance.now();
      if (response.status !== 201)
        throw new Error(`create answered ${response.status}: ${await response.text()}`);
      const { accountId } = (await response.json()) as { accountId: string };
      for (;;) {
        const read = await fetch(`${base}/v1/admin/accounts/${accountId}`, { headers });
        await read.arrayBuffer();
        if (read.status === 200) break;
        if (performance.now() - start > 10_000)
          throw new Error(`account ${accountId} not visible after 10 s`);
      }
      const afterVisible = performance.now();
      if (i >= 5) {
        // the first five warm up connections and JIT
        created.push(afterCreate - start);
        visible.push(afterVisible - start);
      }
    }
    console.log(summary('baseline GET /health/live (same gateway, no Kafka)', baseline));
    console.log(
      summary('POST /v1/admin/accounts (command round trip + api-key projection wait)', created, baseline),
    );
    console.log(summary('until GET shows the account (read model)', visible, baseline));
  } finally {
    await app.close();
    service.kill('SIGTERM');
    await new Promise((resolve) => service.once('exit', resolve));
    await dropDatabase(url);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
