/**
 * Document upload throughput through the gateway: `POST .../documents` (multipart, a 10 MiB PNG) → gateway (auth,
 * multipart) → identity-assets' internal HTTP endpoint (type sniffing, SHA-256, AES-256-GCM sealing, content-addressed
 * write, event append), and `GET .../documents/{id}/file` back, beside a plain file copy of the same bytes on the same
 * disk in the same run (the baseline). Every service runs as its own process from its built `dist/main.js`.
 * Usage: `npm run bench -w @compliance/identity-assets` after a build (env BENCH_UPLOADS, default 20; BENCH_MIB, default 10).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { databaseUrl, dropDatabase, ensureDatabase, withDatabase } from '@compliance/postgres';

const UPLOADS = Number(process.env.BENCH_UPLOADS ?? 20);
const MIB = Number(process.env.BENCH_MIB ?? 10);
const APPS = path.join(__dirname, '..', '..', '..');
const ADMIN_KEY = `bench_admin_${randomBytes(16).toString('hex')}`;
/** A complete 1×1 PNG; the padding after its IEND chunk makes up the size (file-type reads the chunks up to IEND). */
const PNG_HEADER = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5a2e6a50000000049454e44ae426082',
  'hex',
);

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

const mibPerSecond = (bytes: number, ms: number): number => bytes / (1024 * 1024) / (ms / 1000);

async function main(): Promise<void> {
  const url = withDatabase(databaseUrl(), `bench_identity_upload_${randomBytes(4).toString('hex')}`);
  const namespace = `bench.${Date.now().toString(36)}.`;
  const work = await mkdtemp(path.join(os.tmpdir(), 'identity-bench-'));
  await ensureDatabase(url);
  const env = { DATABASE_URL: url, KAFKA_TOPIC_NAMESPACE: namespace, LOG_LEVEL: 'warn' };
  const [filesPort, gatewayPort] = [await freePort(), await freePort()];
  const processes: ChildProcess[] = [];
  try {
    processes.push(
      await startProcess(
        'accounts',
        path.join(APPS, 'accounts', 'dist', 'main.js'),
        env,
        /accounts: listening/,
      ),
    );
    processes.push(
      await startProcess(
        'catalog',
        path.join(APPS, 'requirements-catalog', 'dist', 'main.js'),
        env,
        /catalog: listening/,
      ),
    );
    processes.push(
      await startProcess(
        'identity-assets',
        path.join(APPS, 'identity-assets', 'dist', 'main.js'),
        {
          ...env,
          IDENTITY_MASTER_KEY: randomBytes(32).toString('base64'),
          IDENTITY_FILE_DIR: path.join(work, 'store'),
          IDENTITY_HTTP_PORT: String(filesPort),
        },
        /identity-assets: listening/,
      ),
    );
    processes.push(
      await startProcess(
        'gateway',
        path.join(APPS, 'gateway', 'dist', 'main.js'),
        {
          ...env,
          ADMIN_API_KEY: ADMIN_KEY,
          GATEWAY_PORT: String(gatewayPort),
          IDENTITY_FILES_URL: `http://127.0.0.1:${filesPort}`,
        },
        /Gateway listening/,
      ),
    );
    const base = `http://127.0.0.1:${gatewayPort}`;
    const account = (await (
      await fetch(`${base}/v1/admin/accounts`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Bench Ltd' }),
      })
    ).json()) as { accountId: string; apiKey: string };
    const documents = `${base}/v1/accounts/${account.accountId}/compliance/documents`;
    const bytes = Buffer.concat([PNG_HEADER, randomBytes(MIB * 1024 * 1024 - PNG_HEADER.length)]);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const metadata = JSON.stringify({
      type: 'passport',
      friendlyName: 'Bench passport',
      fields: { firstName: 'Bench', lastName: 'Mark', documentNumber: 'B1234567' },
    });
    const upload = async (): Promise<string> => {
      const form = new FormData();
      form.append('metadata', metadata);
      form.append('file', new Blob([bytes], { type: 'image/png' }), 'scan.png');
      const response = await fetch(documents, {
        method: 'POST',
        headers: { authorization: `Bearer ${account.apiKey}` },
        body: form,
      });
      const body = (await response.json()) as { documentId?: string; sha256?: string };
      if (response.status !== 201 || body.sha256 !== sha256)
        throw new Error(`upload answered ${response.status}`);
      return body.documentId!;
    };

    // Warm-up, then alternate: a plain copy of the file, an upload, a download, so noise spreads over all three.
    const source = path.join(work, 'source.bin');
    await writeFile(source, bytes);
    const ids = [await upload()];
    let copyMs = 0;
    let uploadMs = 0;
    let downloadMs = 0;
    for (let i = 0; i < UPLOADS; i += 1) {
      let started = process.hrtime.bigint();
      await copyFile(source, path.join(work, `copy-${i}.bin`));
      copyMs += Number(process.hrtime.bigint() - started) / 1e6;
      started = process.hrtime.bigint();
      ids.push(await upload());
      uploadMs += Number(process.hrtime.bigint() - started) / 1e6;
      started = process.hrtime.bigint();
      const file = await fetch(`${documents}/${ids[ids.length - 1]!}/file`, {
        headers: { authorization: `Bearer ${account.apiKey}` },
      });
      const back = Buffer.from(await file.arrayBuffer());
      downloadMs += Number(process.hrtime.bigint() - started) / 1e6;
      if (!back.equals(bytes)) throw new Error('download differs from the upload');
      await rm(path.join(work, `copy-${i}.bin`));
    }
    const total = bytes.length * UPLOADS;
    const copy = mibPerSecond(total, copyMs);
    const up = mibPerSecond(total, uploadMs);
    const down = mibPerSecond(total, downloadMs);
    console.log(
      `identity-assets upload bench: ${UPLOADS} × ${MIB} MiB, sequential, one process per service, ${os.cpus().length} cores`,
    );
    console.table([
      {
        measure: 'baseline: plain file copy (fs.copyFile, same bytes, same disk)',
        'MiB/s': copy.toFixed(1),
        'vs baseline': '1x',
      },
      {
        measure: 'upload through the gateway (multipart → seal → store → event)',
        'MiB/s': up.toFixed(1),
        'vs baseline': `${(up / copy).toFixed(3)}x`,
      },
      {
        measure: 'download through the gateway (open → stream)',
        'MiB/s': down.toFixed(1),
        'vs baseline': `${(down / copy).toFixed(3)}x`,
      },
    ]);
    console.log(
      `mean per ${MIB} MiB file: upload ${(uploadMs / UPLOADS).toFixed(0)} ms, download ${(downloadMs / UPLOADS).toFixed(0)} ms, copy ${(copyMs / UPLOADS).toFixed(1)} ms`,
    );
  } finally {
    for (const child of processes.reverse()) await stopProcess(child).catch(() => undefined);
    await rm(work, { recursive: true, force: true });
    await dropDatabase(url).catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
