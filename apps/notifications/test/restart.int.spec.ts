import path from 'node:path';
import { accountsTopics, bundleTopics, type BundleStatus } from '@compliance/contracts';
import {
  createTestDatabase,
  eventually,
  ServiceProcess,
  TEST_KAFKA_BROKERS,
  uniqueName,
  type TestDatabase,
} from '@compliance/testing';
import { snapshot, statusChanged } from './support/bundle-events';
import { customerAccepts } from './support/customer-verification';
import { EventPublisher } from './support/event-publisher';
import { WebhookReceiver } from './support/webhook-receiver';

const MAIN = path.join(__dirname, '..', 'dist', 'main.js');
const CHAIN: [BundleStatus, BundleStatus][] = [
  ['DRAFT', 'PENDING_REVIEW'],
  ['PENDING_REVIEW', 'IN_REVIEW'],
  ['IN_REVIEW', 'REJECTED'],
  ['REJECTED', 'PENDING_REVIEW'],
  ['PENDING_REVIEW', 'APPROVED'],
];

describe('notifications service process killed mid-delivery (SIGKILL) and started again', () => {
  const namespace = `${uniqueName('ntf-crash')}.`;
  const secret = 'whsec_crash_test';
  let db: TestDatabase;
  let publisher: EventPublisher;
  let receiver: WebhookReceiver;
  const processes: ServiceProcess[] = [];

  const startProcess = async (): Promise<ServiceProcess> => {
    const service = await ServiceProcess.start({
      script: MAIN,
      env: {
        DATABASE_URL: db.url,
        KAFKA_BROKERS: TEST_KAFKA_BROKERS.join(','),
        KAFKA_TOPIC_NAMESPACE: namespace,
        NOTIFICATIONS_RETRY_INITIAL_MS: '50',
        NOTIFICATIONS_RETRY_MAX_MS: '200',
        NOTIFICATIONS_CONCURRENCY: '4',
        WEBHOOK_TIMEOUT_MS: '2000',
        WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
        SMTP_URL: '',
      },
      readyLine: /notifications: listening/,
    });
    processes.push(service);
    return service;
  };

  beforeAll(async () => {
    db = await createTestDatabase('notifications_crash');
    // Every event fails once before it is accepted, and each answer takes a while: the kill lands mid-flight.
    receiver = await WebhookReceiver.start(({ seen }) => (seen === 0 ? 500 : 200), 25);
    publisher = await EventPublisher.connect();
  });

  afterAll(async () => {
    await publisher?.close();
    for (const p of processes) await p.kill();
    await receiver?.close();
    await db?.drop();
  });

  it('loses nothing: every event is delivered at least once and in order per bundle', async () => {
    const first = await startProcess();
    expect(first.logs).toContain('SMTP_URL is not set, e-mails are skipped');
    const bundlesTopic = bundleTopics(namespace).events;
    const accountId = 'acc_crashtest';
    await publisher.accountCreated(accountsTopics(namespace).events, accountId, secret);
    const bundles = Array.from({ length: 16 }, (_, n) => ({
      bundleId: `bun_crash_${n}`,
      accountId,
      statusCallback: receiver.url,
    }));
    const expected = new Map<string, string[]>(bundles.map((b) => [b.bundleId, []]));
    const publishStep = async (step: number): Promise<void> => {
      const [from, to] = CHAIN[step]!;
      for (const bundle of bundles) {
        const id = await publisher.bundleEvent(bundlesTopic, {
          type: 'BundleStatusChanged',
          data: { ...statusChanged(from, to), ...bundle },
        });
        expected.get(bundle.bundleId)!.push(id);
      }
    };
    for (const bundle of bundles) {
      await publisher.bundleEvent(bundlesTopic, { type: 'BundleCreated', data: snapshot(bundle) });
    }
    for (const step of [0, 1, 2, 3]) await publishStep(step);
    const acceptedIds = (): Set<unknown> =>
      new Set(receiver.received.filter((r) => r.answer === 200).map((r) => r.body.eventId));

    await eventually(() => (acceptedIds().size >= 12 ? true : undefined), { timeoutMs: 30_000 });
    await first.kill();
    const acceptedAtKill = acceptedIds().size;
    expect(acceptedAtKill).toBeLessThan(4 * bundles.length);

    // Published while no instance runs: waits in Kafka.
    await publishStep(4);
    await startProcess();

    const all = [...expected.values()].flat();
    await eventually(() => (all.every((id) => acceptedIds().has(id)) ? true : undefined), {
      timeoutMs: 60_000,
    });

    for (const bundle of bundles) {
      const ids = expected.get(bundle.bundleId)!;
      const requests = receiver.forBundle(bundle.bundleId);
      // In order: a request for event i only once every event before it was accepted (a repeat of an accepted
      // event is allowed: at least once).
      const accepted = new Set<unknown>();
      for (const request of requests) {
        const index = ids.indexOf(String(request.body.eventId));
        expect(index).toBeGreaterThanOrEqual(0);
        expect(ids.slice(0, index).every((id) => accepted.has(id))).toBe(true);
        if (request.answer === 200) accepted.add(request.body.eventId);
        expect(customerAccepts(request.headers, request.rawBody, secret)).toBe(true);
      }
      const firstAcceptance = [
        ...new Set(requests.filter((r) => r.answer === 200).map((r) => r.body.eventId)),
      ];
      expect(firstAcceptance).toEqual(ids);
    }
    // The receiver answers before the service records the delivery: wait for the last commits.
    await eventually(async () => {
      const log = await db.pool.query<{ n: string }>(
        `SELECT count(*) AS n FROM notifications.outbox WHERE status = 'DELIVERED'`,
      );
      return Number(log.rows[0]?.n) === all.length ? true : undefined;
    });
  });
});
