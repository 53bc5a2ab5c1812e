/**
 * What the per-account rate limit of the brand paths costs per request: the same NestJS/Fastify route served with
 * and without `BrandRateLimitGuard` (rate-limiter-flexible on PostgreSQL: one atomic upsert per request), in one
 * server process, driven by autocannon from this process. Rounds alternate the two routes, so other work on the
 * machine spreads over both; the budget is set high enough that no request is refused (every answer must be 200).
 * Scenarios: one hot account (every request updates the same row) and many accounts (a row per connection).
 * Usage: `npm run bench -w @compliance/gateway` after a build (env BENCH_DURATION s, default 5; BENCH_CONNECTIONS,
 * default 10; BENCH_ROUNDS, default 3).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createPool, databaseUrl, dropDatabase, withDatabase } from '@compliance/postgres';
import { Controller, Get, Module, Param, UseGuards } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import autocannon from 'autocannon';
import { migrateGateway } from '../database/migrate-gateway';
import { AccountRateLimiter } from '../rate-limit/account-rate-limiter';
import { BRAND_RATE_LIMITER, BrandRateLimitGuard } from '../rate-limit/rate-limit.guard';

const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ACCOUNT = 'acc_01JGFJJZ000000000000000000';

@Controller('bench/:accountId')
class BenchBrandsController {
  @Get('unlimited')
  unlimited(@Param('accountId') accountId: string): { accountId: string } {
    return { accountId };
  }

  @Get('limited')
  @UseGuards(BrandRateLimitGuard)
  limited(@Param('accountId') accountId: string): { accountId: string } {
    return { accountId };
  }
}

async function serve(url: string): Promise<void> {
  const pool = createPool(url, { max: 10 });
  @Module({
    controllers: [BenchBrandsController],
    providers: [
      {
        provide: BRAND_RATE_LIMITER,
        useValue: new AccountRateLimiter(
          pool,
          { windowSeconds: 3600, readPoints: 1_000_000_000, writePoints: 1_000_000_000 },
          'bench',
        ),
      },
      BrandRateLimitGuard,
    ],
  })
  class BenchModule {}
  const app = await NestFactory.create<NestFastifyApplication>(BenchModule, new FastifyAdapter(), {
    logger: false,
  });
  await app.listen(0, '127.0.0.1');
  console.log(`ready ${await app.getUrl()}`);
}

interface Row {
  round: number;
  scenario: string;
  rps: number;
  mean: number;
  p50: number;
  p99: number;
  bad: number;
}

async function main(): Promise<void> {
  const url = withDatabase(databaseUrl(), `bench_rate_limit_${randomBytes(4).toString('hex')}`);
  await migrateGateway(url);
  const child: ChildProcess = spawn(process.execPath, [__filename, 'serve', url], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /ready (\S+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`bench server exited with ${String(code)}`)));
    });
    const accountOf = (connection: number) => `acc_01JGFJJZ${String(connection).padStart(16, '0')}`;
    const scenarios = [
      { name: 'without limiter', path: () => `/bench/${ACCOUNT}/unlimited` },
      { name: 'with limiter, one account', path: () => `/bench/${ACCOUNT}/limited` },
      {
        name: 'with limiter, an account per connection',
        path: (c: number) => `/bench/${accountOf(c)}/limited`,
      },
    ];
    const rows: Row[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const connections of [1, CONNECTIONS])
        for (const scenario of scenarios) {
          let connection = 0;
          const options = {
            url: base,
            connections,
            requests: [{ method: 'GET', path: scenario.path(0) }],
            setupClient: (client: { setRequests(requests: { method?: string; path?: string }[]): void }) => {
              client.setRequests([{ method: 'GET', path: scenario.path((connection += 1)) }]);
            },
          };
          await autocannon({ ...options, duration: 1 });
          const result = await autocannon({ ...options, duration: DURATION });
          rows.push({
            round,
            scenario: `${scenario.name} (${connections} conn.)`,
            rps: result.requests.average,
            mean: result.latency.mean,
            p50: result.latency.p50,
            p99: result.latency.p99,
            bad: result.non2xx + result.errors,
          });
        }
    }
    console.log(
      `node ${process.version}, ${CONNECTIONS} connections, ${DURATION}s per run after a 1s warm-up, ${ROUNDS} rounds`,
    );
    console.log('| round | scenario | req/s | mean ms | p50 ms | p99 ms | non-2xx + errors |');
    console.log('| ----- | -------- | ----: | ------: | -----: | -----: | ---------------: |');
    for (const r of rows) {
      console.log(
        `| ${r.round} | ${r.scenario} | ${r.rps.toFixed(0)} | ${r.mean.toFixed(2)} | ${r.p50} | ${r.p99} | ${r.bad} |`,
      );
    }
    const mean = (name: string, pick: (row: Row) => number) => {
      const picked = rows.filter((row) => row.scenario === name).map(pick);
      return picked.reduce((a, b) => a + b, 0) / picked.length;
    };
    for (const connections of [1, CONNECTIONS]) {
      const [baseline, ...limited] = scenarios.map((s) => `${s.name} (${connections} conn.)`) as [
        string,
        ...string[],
      ];
      for (const name of limited) {
        console.log(
          `${name} vs ${baseline}: ${(mean(name, (r) => r.rps) / mean(baseline, (r) => r.rps)).toFixed(2)}x the req/s, ` +
            `mean latency +${(mean(name, (r) => r.mean) - mean(baseline, (r) => r.mean)).toFixed(2)} ms ` +
            `(${(mean(name, (r) => r.mean) / mean(baseline, (r) => r.mean)).toFixed(1)}x), ` +
            `p99 +${(mean(name, (r) => r.p99) - mean(baseline, (r) => r.p99)).toFixed(1)} ms`,
        );
      }
    }
    if (rows.some((row) => row.bad > 0)) throw new Error('some requests failed: the figures are not valid');
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await dropDatabase(url);
  }
}

if (process.argv[2] === 'serve') {
  serve(process.argv[3] ?? '').catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
