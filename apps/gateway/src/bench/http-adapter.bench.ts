/**
 * Fastify vs Express under NestJS 11: the same module (BenchAppModule) served by each adapter, each in its
 * own child process so the load generator (autocannon, in this process) does not share its event loop.
 * Usage: `npm run bench -w @compliance/gateway` (env BENCH_DURATION seconds per run, BENCH_ROUNDS, BENCH_CONNECTIONS).
 */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import autocannon from 'autocannon';
import { BenchAppModule } from './bench-app.module';

type AdapterName = 'fastify' | 'express';

interface Scenario {
  name: string;
  path: string;
  method: 'GET' | 'POST';
  body?: string;
}

const SCENARIOS: readonly Scenario[] = [
  { name: 'GET /bench/ping', path: '/bench/ping', method: 'GET' },
  {
    name: 'POST /bench/orders (JSON + ValidationPipe)',
    path: '/bench/orders',
    method: 'POST',
    body: JSON.stringify({ friendlyName: 'Acme bundle', quantity: 4 }),
  },
];

async function serve(adapter: AdapterName): Promise<void> {
  const app: INestApplication =
    adapter === 'fastify'
      ? await NestFactory.create(BenchAppModule, new FastifyAdapter({ bodyLimit: 1024 * 1024 }), {
          logger: false,
        })
      : await NestFactory.create(BenchAppModule, new ExpressAdapter(), { logger: false, bodyParser: true });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  await app.listen(0, '127.0.0.1');
  const address = (app.getHttpServer() as import('node:net').Server).address() as { port: number };
  process.send?.({ port: address.port });
}

function startServer(adapter: AdapterName): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--serve', adapter], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (message: { port: number }) => resolve({ child, port: message.port }));
    child.once('exit', (code) => reject(new Error(`${adapter} server exited with ${String(code)}`)));
  });
}

interface Row {
  adapter: AdapterName;
  scenario: string;
  round: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
}

async function measure(
  adapter: AdapterName,
  round: number,
  duration: number,
  connections: number,
): Promise<Row[]> {
  const { child, port } = await startServer(adapter);
  const rows: Row[] = [];
  try {
    for (const scenario of SCENARIOS) {
      const base = { url: `http://127.0.0.1:${port}${scenario.path}`, connections, method: scenario.method };
      const request = scenario.body
        ? { ...base, body: scenario.body, headers: { 'content-type': 'application/json' } }
        : base;
      await autocannon({ ...request, duration: 2 }); // warm-up (JIT, connection pools)
      const result = await autocannon({ ...request, duration });
      rows.push({
        adapter,
        scenario: scenario.name,
        round,
        requestsPerSecond: Math.round(result.requests.average),
        latencyP50Ms: result.latency.p50,
        latencyP99Ms: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
      });
    }
  } finally {
    child.kill('SIGTERM');
  }
  return rows;
}

async function main(): Promise<void> {
  const duration = Number(process.env.BENCH_DURATION ?? 10);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
  const rows: Row[] = [];
  // Alternate the adapters so drift of the machine (thermal, other load) hits both alike.
  for (let round = 1; round <= rounds; round++) {
    for (const adapter of ['fastify', 'express'] as const)
      rows.push(...(await measure(adapter, round, duration, connections)));
  }
  console.log(`node ${process.version}, ${connections} connections, ${duration}s per run, ${rounds} rounds`);
  console.table(rows);
  for (const scenario of SCENARIOS) {
    const mean = (adapter: AdapterName): number => {
      const of = rows.filter((row) => row.adapter === adapter && row.scenario === scenario.name);
      return Math.round(of.reduce((sum, row) => sum + row.requestsPerSecond, 0) / of.length);
    };
    const fastify = mean('fastify');
    const express = mean('express');
    console.log(
      `${scenario.name}: fastify ${fastify} req/s, express ${express} req/s, ratio ${(fastify / express).toFixed(2)}`,
    );
  }
}

const serveIndex = process.argv.indexOf('--serve');
if (serveIndex >= 0) {
  void serve(process.argv[serveIndex + 1] as AdapterName);
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
