/**
 * Rehydration of a bundle from its stream (read the stream from the PostgreSQL store + fold with the decider), for
 * streams of 10, 100 and 1,000 events, beside a baseline measured in the same run: reading the bundle's one row of
 * the read model. Usage: `npm run bench -w @compliance/bundle-lifecycle` after a build (env BENCH_RUNS, default 200).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { ID_PREFIX, newId } from '@compliance/contracts';
import { createEventStore, migrateEventStore } from '@compliance/event-store';
import { fold, loadAggregate } from '@compliance/event-sourcing';
import { createPool, databaseUrl, dropDatabase, ensureDatabase, withDatabase } from '@compliance/postgres';
import { bundleStreamId } from '../bundle/bundle.stream';
import type { BundleCommand } from '../domain/bundle.command';
import { bundleDecider } from '../domain/bundle.decider';
import type { BundleEvent } from '../domain/bundle.events';
import { migrateBundles } from '../migrate-bundles';
import { bundleProjection, type BundleRow } from '../queries/bundles/bundle.projection';
import { findBundleRow, saveBundleRow } from '../queries/bundles/bundles.repository';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const SIZES = [10, 100, 1000];

function history(size: number, bundleId: string, accountId: string): BundleEvent[] {
  const now = new Date('2026-01-01T00:00:00.000Z');
  const metadata = { now, actor: 'bench', accountId, correlationId: 'bench', causationId: null };
  const events: BundleEvent[] = [];
  const run = (command: BundleCommand) => {
    events.push(...bundleDecider.decide(command, fold(bundleDecider, events)));
  };
  run({
    type: 'CreateBundle',
    data: {
      bundleId,
      accountId,
      regulation: {
        regulationId: 'reg_bench',
        version: 1,
        country: 'DEU',
        numberType: 'LOCAL',
        endUserType: 'BUSINESS',
      },
      details: {
        friendlyName: 'bench',
        email: 'bench@example.com',
        statusCallback: null,
        customReference: null,
      },
      copiedFrom: null,
      items: [],
    },
    metadata,
  });
  for (let n = 0; events.length < size; n += 1) {
    const itemId = `itm_${String(n).padStart(26, '0')}`;
    run({
      type: 'AssignItem',
      data: { bundleId, accountId, item: { itemId, assetType: 'DOCUMENT', assetId: `doc_${n}` } },
      metadata,
    });
    if (events.length < size) run({ type: 'RemoveItem', data: { bundleId, accountId, itemId }, metadata });
  }
  return events;
}

async function time(work: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 20; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples.sort((a, b) => a - b);
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

async function main(): Promise<void> {
  const url = withDatabase(databaseUrl(), `bench_rehydration_${randomBytes(4).toString('hex')}`);
  await ensureDatabase(url);
  await migrateEventStore(url);
  await migrateBundles(url);
  const pool = createPool(url, { max: 4 });
  const store = await createEventStore({ databaseUrl: url, pool });
  try {
    const accountId = newId(ID_PREFIX.account);
    const streams: { size: number; bundleId: string }[] = [];
    for (const size of SIZES) {
      const bundleId = newId(ID_PREFIX.bundle);
      const events = history(size, bundleId, accountId);
      for (let i = 0; i < events.length; i += 100) {
        const batch = events.slice(i, i + 100);
        await store.append(
          bundleStreamId(bundleId),
          batch.map((e) => ({
            eventId: randomUUID(),
            type: e.type,
            data: e.data,
            metadata: {
              accountId,
              actor: 'bench',
              correlationId: 'bench',
              causationId: null,
              occurredAt: new Date().toISOString(),
              schemaVersion: 1,
            },
          })),
          i === 0 ? 'NO_STREAM' : i - 1,
        );
      }
      let row: BundleRow | null = null;
      events.forEach((event, revision) => {
        row = bundleProjection.evolve(row, { ...event, revision });
      });
      if (row) await saveBundleRow(pool, row);
      streams.push({ size, bundleId });
    }
    const baselineId = streams[0]!.bundleId;
    const baseline = await time(() => findBundleRow(pool, baselineId));
    console.log(`node ${process.version}, ${RUNS} runs each after 20 warm-up runs, PostgreSQL store`);
    console.log('| measure | p50 ms | p90 ms | p99 ms | p50 vs baseline |');
    console.log('| ------- | -----: | -----: | -----: | --------------: |');
    const line = (name: string, s: number[]) =>
      console.log(
        `| ${name} | ${pct(s, 50).toFixed(2)} | ${pct(s, 90).toFixed(2)} | ${pct(s, 99).toFixed(2)} | ${(pct(s, 50) / pct(baseline, 50)).toFixed(1)}x |`,
      );
    line('baseline: read-model row by id', baseline);
    for (const { size, bundleId } of streams) {
      const samples = await time(async () => {
        const loaded = await loadAggregate(store, bundleStreamId(bundleId), bundleDecider);
        if (loaded.events.length !== size)
          throw new Error(`expected ${size} events, read ${loaded.events.length}`);
      });
      line(`rehydrate a stream of ${size} events`, samples);
    }
  } finally {
    await store.close();
    await pool.end().catch(() => undefined);
    await dropDatabase(url);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
