/**
 * The Bandwidth flow through the gateway (requirements → create bundle → assign end user, address, document →
 * submit (fresh evaluation) → claim → approve: 8 requests), as complete flows per second, beside the catalog read
 * (`GET .../requirements?country=DEU`) measured in the same run with the same concurrency. The gateway, accounts,
 * catalog and bundle-lifecycle run as their own processes from `dist/main.js`; identity-assets' two internal patterns
 * are answered in this process by the stand-in (identity-stand-in.ts) on the same broker.
 * Usage: `npm run bench -w @compliance/gateway` after a build (env BENCH_DURATION s, default 10; BENCH_CONCURRENCY,
 * default 8).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { databaseUrl, dropDatabase, ensureDatabase, withDatabase } from '@compliance/postgres';
import autocannon from 'autocannon';
import { startFakeIdentity } from './identity-stand-in';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ADMIN_KEY = `bench_admin_${randomBytes(16).toString('hex')}`;
const APPS = path.join(__dirname, '..', '..', '..');

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
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString().slice(0, 10_000)));
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
  const url = withDatabase(databaseUrl(), `bench_bundle_flow_${randomBytes(4).toString('hex')}`);
  const namespace = `bench.${Date.now().toString(36)}.`;
  await ensureDatabase(url);
  const env = { DATABASE_URL: url, KAFKA_TOPIC_NAMESPACE: namespace, LOG_LEVEL: 'warn' };
  const children: ChildProcess[] = [];
  let identity: Awaited<ReturnType<typeof startFakeIdentity>> | null = null;
  try {
    for (const [name, dir, ready] of [
      ['accounts', 'accounts', /accounts: listening/],
      ['catalog', 'requirements-catalog', /catalog: listening/],
      ['bundle-lifecycle', 'bundle-lifecycle', /bundle-lifecycle: listening/],
    ] as const) {
      children.push(await startProcess(name, path.join(APPS, dir, 'dist', 'main.js'), env, ready));
    }
    // After bundle-lifecycle: it creates the identity request topics the stand-in subscribes to.
    identity = await startFakeIdentity(namespace);
    const store = identity.store;
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
    const call = async (method: string, p: string, key: string, body?: unknown) => {
      const response = await fetch(`${base}${p}`, {
        method,
        headers: {
          authorization: `Bearer ${key}`,
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      const json = (await response.json()) as Record<string, unknown>;
      if (response.status >= 300)
        throw new Error(`${method} ${p}: ${response.status} ${JSON.stringify(json).slice(0, 300)}`);
      return json;
    };
    const { accountId, apiKey } = (await call('POST', '/v1/admin/accounts', ADMIN_KEY, {
      name: 'Bench',
    })) as {
      accountId: string;
      apiKey: string;
    };
    const { apiKey: reviewerKey } = (await call('POST', '/v1/admin/staff', ADMIN_KEY, {
      name: 'R',
      role: 'REVIEWER',
    })) as {
      apiKey: string;
    };
    const compliance = `/v1/accounts/${accountId}/compliance`;
    const flow = async () => {
      const found = (await call(
        'GET',
        `${compliance}/requirements?country=DE&numberType=LOCAL&endUserType=BUSINESS`,
        apiKey,
      )) as {
        data: { regulationId: string }[];
      };
      const bundle = (await call('POST', `${compliance}/bundles`, apiKey, {
        regulationId: found.data[0]!.regulationId,
        friendlyName: 'Bench',
        email: 'bench@example.com',
      })) as { bundleId: string };
      const assets = [
        [
          'END_USER',
          store.endUser(accountId, 'BUSINESS', {
            businessName: 'Bench GmbH',
            authorizedRepresentativeFirstName: 'A',
            authorizedRepresentativeLastName: 'B',
          }),
        ],
        ['ADDRESS', store.address(accountId, { postalCode: '10117', country: 'DEU' })],
        [
          'DOCUMENT',
          store.document(accountId, 'businessRegistration', {
            businessName: 'Bench GmbH',
            registrationNumber: 'HRB 1',
            issueDate: '2026-01-05',
          }),
        ],
      ] as const;
      for (const [assetType, assetId] of assets) {
        await call('POST', `${compliance}/bundles/${bundle.bundleId}/items`, apiKey, { assetType, assetId });
      }
      await call('PATCH', `${compliance}/bundles/${bundle.bundleId}`, apiKey, {
        status: 'PENDING_REVIEW',
        acknowledgements: { allDetailsAccurate: true },
      });
      await call('POST', `/v1/admin/bundles/${bundle.bundleId}/claim`, reviewerKey);
      const decided = await call('POST', `/v1/admin/bundles/${bundle.bundleId}/decision`, reviewerKey, {
        decision: 'APPROVE',
      });
      if (decided.status !== 'APPROVED') throw new Error(`flow ended in ${String(decided.status)}`);
    };
    for (let i = 0; i < 3; i += 1) await flow(); // warm-up

    const latencies: number[] = [];
    const deadline = Date.now() + DURATION * 1000;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (Date.now() < deadline) {
          const t = Date.now();
          await flow();
          latencies.push(Date.now() - t);
        }
      }),
    );
    const elapsed = (Date.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const flowsPerSecond = latencies.length / elapsed;

    const read = await autocannon({
      url: `${base}${compliance}/requirements?country=DEU`,
      connections: CONCURRENCY,
      headers: { authorization: `Bearer ${apiKey}` },
      duration: DURATION,
    });
    if (read.non2xx > 0 || read.errors > 0) throw new Error('catalog reads failed: figures invalid');
    const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))]!;
    console.log(
      `node ${process.version}, concurrency ${CONCURRENCY}, ${DURATION}s each, same gateway and broker`,
    );
    console.log('| measure | per second | p50 ms | p99 ms |');
    console.log('| ------- | ---------: | -----: | -----: |');
    console.log(
      `| catalog read GET .../requirements?country=DEU (baseline) | ${read.requests.average.toFixed(0)} | ${read.latency.p50} | ${read.latency.p99} |`,
    );
    console.log(
      `| Bandwidth flow (8 requests, ${latencies.length} flows) | ${flowsPerSecond.toFixed(1)} | ${p(0.5)} | ${p(0.99)} |`,
    );
    console.log(
      `flow requests/s ${(flowsPerSecond * 8).toFixed(0)} = ${((flowsPerSecond * 8) / read.requests.average).toFixed(3)}x the catalog read req/s; ` +
        `one flow = ${(read.requests.average / flowsPerSecond).toFixed(0)} catalog reads`,
    );
  } finally {
    for (const child of children.reverse()) await stopProcess(child);
    await identity?.app.close();
    await dropDatabase(url);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
