/**
 * Catalog read throughput through the gateway: `GET /v1/accounts/{id}/compliance/requirements?country=DEU` with a
 * customer key (auth → Kafka request-reply → catalog service read model → reply), beside `GET /health` (auth-free;
 * one PostgreSQL query and one Kafka metadata request) and `GET /health/live` (HTTP only) on the same gateway in the
 * same run. The gateway, the accounts service and the catalog service each run as their own process from their
 * built `dist/main.js`; autocannon drives the gateway from this process. Rounds alternate the scenarios so noise
 * from other work on the machine spreads over all of them.
 * Usage: `npm run bench -w @compliance/gateway` after a build (env BENCH_DURATION s, default 10; BENCH_CONNECTIONS,
 * default 20; BENCH_ROUNDS, default 2).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { databaseUrl, dropDatabase, ensureDatabase, withDatabase } from '@compliance/postgres';
import autocannon from 'autocannon';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const ADMIN_KEY = `bench_admin_${randomBytes(16).toString('hex')}`;
const APPS = path.join(__dirname, '..', '..', '..');

interface Row {
  round: number;
  scenario: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

function startProcess(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (!ready.test(output)) return;
      child.stdout.off('data', onData);
      output = '';
      resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`${name} exited with ${String(code)}:\n${output}`)));
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function main(): Promise<void> {
  const url = withDatabase(databaseUrl(), `bench_catalog_read_${randomBytes(4).toString('hex')}`);
  const namespace = `bench.${Date.now().toString(36)}.`;
  await ensureDatabase(url);
  const env = { DATABASE_URL: url, KAFKA_TOPIC_NAMESPACE: namespace, LOG_LEVEL: 'warn' };
  const children: ChildProcess[] = [];
  try {
    // One after the other: each migrates the shared event-store schema of the one database at start.
    children.push(
      await startProcess(
        'accounts',
        path.join(APPS, 'accounts', 'dist', 'main.js'),
        env,
        /accounts: listening/,
      ),
    );
    children.push(
      await startProcess(
        'catalog',
        path.join(APPS, 'requirements-catalog', 'dist', 'main.js'),
        env,
        /catalog: listening/,
      ),
    );
    const port = await freePort();
    children.push(
      await startProcess(
        'gateway',
        path.join(APPS, 'gateway', 'dist', 'main.js'),
        { ...env, ADMIN_API_KEY: ADMIN_KEY, GATEWAY_PORT: String(port) },
        /Gateway listening/,
      ),
    );
    const base = `http://127.0.0.1:${port}`;
    const created = await fetch(`${base}/v1/admin/accounts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Bench catalog reader' }),
    });
    if (created.status !== 201) throw new Error(`create account: ${created.status} ${await created.text()}`);
    const { accountId, apiKey } = (await created.json()) as { accountId: string; apiKey: string };
    const requirementsPath = `/v1/accounts/${accountId}/compliance/requirements?country=DEU`;
    const probe = await fetch(`${base}${requirementsPath}`, {
      headers: { authorization: `Bearer ${apiKey}` },
    });
    const probeBody = (await probe.json()) as { data?: { country: string }[] };
    if (probe.status !== 200 || !probeBody.data?.length || probeBody.data.some((r) => r.country !== 'DEU')) {
      throw new Error(`requirements answered ${probe.status}: ${JSON.stringify(probeBody).slice(0, 300)}`);
    }

    const scenarios: { name: string; path: string; headers: Record<string, string> }[] = [
      { name: 'GET /health/live', path: '/health/live', headers: {} },
      { name: 'GET /health', path: '/health', headers: {} },
      {
        name: `GET .../requirements?country=DEU (${probeBody.data.length} regulations)`,
        path: requirementsPath,
        headers: { authorization: `Bearer ${apiKey}` },
      },
    ];
    const rows: Row[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const scenario of scenarios) {
        const request = {
          url: `${base}${scenario.path}`,
          connections: CONNECTIONS,
          headers: scenario.headers,
        };
        await autocannon({ ...request, duration: 2 }); // warm-up (JIT, connection pools, Kafka partitions)
        const result = await autocannon({ ...request, duration: DURATION });
        rows.push({
          round,
          scenario: scenario.name,
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          non2xx: result.non2xx,
          errors: result.errors,
        });
      }
    }

    console.log(
      `node ${process.version}, ${CONNECTIONS} connections, ${DURATION}s per run after a 2s warm-up, ${ROUNDS} rounds`,
    );
    console.log('| round | scenario | req/s | p50 ms | p99 ms | non-2xx | errors |');
    console.log('| ----- | -------- | ----: | -----: | -----: | ------: | -----: |');
    for (const r of rows) {
      console.log(
        `| ${r.round} | ${r.scenario} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.errors} |`,
      );
    }
    const mean = (name: string, pick: (row: Row) => number) => {
      const picked = rows.filter((row) => row.scenario === name).map(pick);
      return picked.reduce((a, b) => a + b, 0) / picked.length;
    };
    const [live, health, requirements] = scenarios.map((s) => s.name) as [string, string, string];
    for (const baseline of [health, live]) {
      console.log(
        `requirements vs ${baseline}: ${(mean(requirements, (r) => r.rps) / mean(baseline, (r) => r.rps)).toFixed(2)}x ` +
          `the req/s, ${(mean(requirements, (r) => r.p50) / mean(baseline, (r) => r.p50)).toFixed(1)}x the p50, ` +
          `${(mean(requirements, (r) => r.p99) / mean(baseline, (r) => r.p99)).toFixed(1)}x the p99`,
      );
    }
    if (rows.some((row) => row.non2xx > 0 || row.errors > 0)) {
      throw new Error('some requests failed (non-2xx or errors above): the figures are not valid');
    }
  } finally {
    for (const child of children.reverse()) await stopProcess(child);
    await dropDatabase(url);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
