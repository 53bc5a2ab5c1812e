/**
 * Latency of a bulk ADD of 1,000 numbers beside a bulk ADD of 1 number, in the same run, through Kafka request-reply
 * to the number-assignment service (in this process) on the PostgreSQL event store: per request, every number's
 * stream is written (bounded concurrency) plus one event on the bundle's stream. bundle-lifecycle is replaced by an
 * in-process directory that answers "APPROVED, ITA, LOCAL", so the figures are number-assignment's own cost.
 * Usage: `npm run bench -w @compliance/number-assignment` (env BENCH_ROUNDS, default 5; BENCH_SINGLES, default 40).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import {
  isServiceErrorReply,
  newId,
  numberTopics,
  toKafkaHeaders,
  type BulkPhoneNumbersReply,
  type GetBundleInternalReply,
} from '@compliance/contracts';
import { kafkaBrokers } from '@compliance/messaging';
import { databaseUrl, dropDatabase, ensureDatabase, withDatabase } from '@compliance/postgres';
import { ClientKafka } from '@nestjs/microservices';
import { firstValueFrom, timeout } from 'rxjs';
import type { BundleDirectory } from '../bundles/bundles.port';
import { startNumberService } from '../start-number-service';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SINGLES = Number(process.env.BENCH_SINGLES ?? 40);

const approvedBundles: BundleDirectory = {
  getBundle: (accountId, bundleId): Promise<GetBundleInternalReply> =>
    Promise.resolve({
      bundleId,
      accountId,
      status: 'APPROVED',
      regulationId: 'reg_01JGFJJZ000000000000000001',
      regulationVersion: 1,
      country: 'ITA',
      numberType: 'LOCAL',
      endUserType: 'BUSINESS',
      items: [],
      validUntil: null,
      failureReason: null,
      copiedFrom: null,
    }),
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function line(name: string, values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1);
  return `${name}: n=${sorted.length} p50=${f(percentile(sorted, 50))} ms p90=${f(percentile(sorted, 90))} ms max=${f(sorted.at(-1) ?? NaN)} ms`;
}

async function main(): Promise<void> {
  const url = withDatabase(databaseUrl(), `bench_numbers_${randomBytes(4).toString('hex')}`);
  const namespace = `bench.num.${Date.now().toString(36)}.`;
  await ensureDatabase(url);
  const service = await startNumberService({
    databaseUrl: url,
    namespace,
    bundles: approvedBundles,
    logger: false,
  });
  const topics = numberTopics(namespace);
  const client = new ClientKafka({
    client: {
      clientId: `bench-${randomBytes(3).toString('hex')}`,
      brokers: [...kafkaBrokers()],
      logLevel: 0,
    },
    consumer: { groupId: `${namespace}bench-client` },
    producer: { allowAutoTopicCreation: false },
    postfixId: '',
  });
  client.subscribeToResponseOf(topics.patterns.bulkPhoneNumbers);
  await client.connect();
  const accountId = newId('acc_');
  const headers = toKafkaHeaders({ requestId: 'bench', correlationId: 'bench', actor: 'bench', accountId });
  const add = async (phoneNumbers: string[]): Promise<number> => {
    const bundleId = newId('bun_');
    const started = performance.now();
    const reply = await firstValueFrom(
      client
        .send<BulkPhoneNumbersReply>(topics.patterns.bulkPhoneNumbers, {
          key: bundleId,
          value: { accountId, bundleId, action: 'ADD', phoneNumbers, allDetailsAccurate: true },
          headers,
        })
        .pipe(timeout(120_000)),
    );
    const elapsed = performance.now() - started;
    if (isServiceErrorReply(reply)) throw new Error(`bench request failed: ${JSON.stringify(reply)}`);
    const attached = reply.results.filter((r) => r.status === 'ATTACHED').length;
    if (attached !== phoneNumbers.length)
      throw new Error(`only ${attached} of ${phoneNumbers.length} attached`);
    return elapsed;
  };
  let next = 40_000_000;
  const fresh = (count: number) => Array.from({ length: count }, () => `+3902${next++}`);

  try {
    for (let i = 0; i < 3; i += 1) await add(fresh(1)); // warm-up
    const singles: number[] = [];
    const thousands: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      for (let i = 0; i < SINGLES / ROUNDS; i += 1) singles.push(await add(fresh(1)));
      thousands.push(await add(fresh(1000)));
    }
    const p50 = (values: number[]) =>
      percentile(
        [...values].sort((a, b) => a - b),
        50,
      );
    console.log(
      `number-assignment bulk ADD through Kafka request-reply (concurrency ${service.deps.concurrency})`,
    );
    console.log(line('baseline: ADD of 1 number', singles));
    console.log(line('ADD of 1,000 numbers', thousands));
    console.log(
      `ratio at p50: ${(p50(thousands) / p50(singles)).toFixed(1)}x the 1-number add for 1,000x the numbers ` +
        `(${(p50(thousands) / 1000).toFixed(2)} ms per number)`,
    );
  } finally {
    await client.close();
    await service.stop();
    await dropDatabase(url).catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('bench failed', error);
    process.exit(1);
  },
);
