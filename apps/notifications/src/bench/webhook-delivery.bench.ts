/**
 * Webhook deliveries per second to a local receiver, beside a plain HTTP POST loop to the same receiver in the same
 * run (same concurrency, same body size; run before and after, the ratio is to their mean). Phase 1 takes N contract-shaped BundleStatusChanged events (N/4 bundles, 4
 * each) from Kafka into the outbox with the dispatcher stopped; phase 2 starts the dispatcher and times until all N
 * are delivered (signed, row-locked, logged, in order per bundle). The ratio shows what the outbox costs per delivery
 * over a bare POST. Usage: `npm run bench -w @compliance/notifications` (env BENCH_DELIVERIES, default 2000).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { accountsTopics, bundleTopics, type BundleStatusChangedV1 } from '@compliance/contracts';
import type { RecordedEvent } from '@compliance/event-store';
import { ACKS_ALL, createIdempotentProducer, createKafka, toKafkaMessage } from '@compliance/messaging';
import { databaseUrl, dropDatabase, withDatabase } from '@compliance/postgres';
import { logLevel } from 'kafkajs';
import { startNotificationsService } from '../start-notifications-service';

const N = Number(process.env.BENCH_DELIVERIES ?? 2000);
const CONCURRENCY = 16;
const quiet = { log: () => undefined, warn: () => undefined, error: (m: string) => console.error(m) };

async function main(): Promise<void> {
  let received = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received += 1;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;

  const body = JSON.stringify({
    eventId: randomUUID(),
    accountId: 'acc_bench',
    bundleId: 'bun_bench_0000000000000000',
    status: 'APPROVED',
    validUntil: null,
    failureReason: null,
    remarks: null,
    occurredAt: new Date().toISOString(),
  });
  const postLoop = async (): Promise<number> => {
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < N) {
          next += 1;
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Compliance-Event-Id': randomUUID() },
            body,
          });
          await response.arrayBuffer();
        }
      }),
    );
    return N / ((performance.now() - started) / 1000);
  };
  // Before and after the service's run, so a machine that gets busier or quieter meanwhile shows in the spread.
  await postLoop(); // warm-up: fetch's connection pool and the JIT
  const baselineBefore = await postLoop();

  const dbUrl = withDatabase(databaseUrl(), `bench_notifications_${randomBytes(4).toString('hex')}`);
  const namespace = `bench-ntf.${Date.now().toString(36)}.`;
  const service = await startNotificationsService({
    databaseUrl: dbUrl,
    namespace,
    concurrency: CONCURRENCY,
    allowPrivateTargets: true,
    logger: quiet,
  });
  await service.dispatcher.stop();
  const kafka = createKafka({ clientId: 'bench-notifications', logLevel: logLevel.NOTHING });
  const producer = createIdempotentProducer(kafka);
  await producer.connect();
  const envelope = (streamId: string, revision: number, type: string, data: unknown): RecordedEvent => ({
    eventId: randomUUID(),
    type,
    data,
    metadata: {
      accountId: 'acc_bench',
      actor: 'bench',
      correlationId: randomUUID(),
      causationId: null,
      occurredAt: new Date().toISOString(),
      schemaVersion: 1,
    },
    streamId,
    revision,
    position: '0',
  });
  await producer.send({
    topic: accountsTopics(namespace).events,
    acks: ACKS_ALL,
    messages: [
      toKafkaMessage(
        envelope('account-acc_bench', 0, 'AccountCreated', {
          accountId: 'acc_bench',
          name: 'Bench',
          webhookSigningSecret: 'whsec_bench',
          commandId: randomUUID(),
          createdAt: new Date().toISOString(),
        }),
      ),
    ],
  });
  const intakeStart = performance.now();
  const messages = Array.from({ length: N }, (_, i) => {
    const bundleId = `bun_bench_${Math.floor(i / 4)}`;
    const data: BundleStatusChangedV1 = {
      bundleId,
      accountId: 'acc_bench',
      status: 'APPROVED',
      previousStatus: 'IN_REVIEW',
      regulationId: 'reg_bench',
      regulationVersion: 1,
      country: 'DEU',
      numberType: 'LOCAL',
      endUserType: 'BUSINESS',
      items: [],
      validUntil: null,
      failureReason: null,
      copiedFrom: null,
      statusCallback: url,
      email: 'bench@example.com',
      remarks: null,
      itemFailures: [],
      occurredAt: new Date().toISOString(),
    };
    return toKafkaMessage(envelope(`bundle-${bundleId}`, i % 4, 'BundleStatusChanged', data));
  });
  for (let i = 0; i < messages.length; i += 500) {
    await producer.send({
      topic: bundleTopics(namespace).events,
      acks: ACKS_ALL,
      messages: messages.slice(i, i + 500),
    });
  }
  await producer.disconnect();
  await waitFor(async () => (await count(service.pool, "status = 'PENDING'")) === N);
  const intakeRate = N / ((performance.now() - intakeStart) / 1000);

  const before = received;
  const deliveryStart = performance.now();
  service.dispatcher.start();
  await waitFor(async () => (await count(service.pool, "status = 'DELIVERED'")) === N);
  const deliveryRate = N / ((performance.now() - deliveryStart) / 1000);
  const attempts = await count(service.pool, 'true', 'notifications.delivery_attempts');
  const deliveredRequests = received - before;
  const baselineAfter = await postLoop();
  const baselineRate = (baselineBefore + baselineAfter) / 2;

  console.log(
    `plain POST loop (baseline): ${N} requests, concurrency ${CONCURRENCY}: ${baselineRate.toFixed(0)} req/s (before ${baselineBefore.toFixed(0)}, after ${baselineAfter.toFixed(0)})`,
  );
  console.log(
    `notifications delivery: ${N} webhooks (${N / 4} bundles, in order), concurrency ${CONCURRENCY}: ${deliveryRate.toFixed(0)} deliveries/s (${(deliveryRate / baselineRate).toFixed(2)}x the baseline); receiver got ${deliveredRequests}, ${attempts} attempts logged`,
  );
  console.log(`notifications intake (Kafka → outbox): ${intakeRate.toFixed(0)} events/s`);

  await service.stop();
  await dropDatabase(dbUrl);
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

async function count(
  pool: { query: (sql: string) => Promise<{ rows: { n: string }[] }> },
  where: string,
  table = 'notifications.outbox',
): Promise<number> {
  const result = await pool.query(`SELECT count(*) AS n FROM ${table} WHERE ${where}`);
  return Number(result.rows[0]?.n ?? 0);
}

async function waitFor(probe: () => Promise<boolean>, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('bench: timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

main().catch((error: unknown) => {
  console.error('notifications bench failed', error);
  process.exit(1);
});
