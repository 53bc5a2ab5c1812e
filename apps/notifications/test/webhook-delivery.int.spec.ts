import { bundleTopics, accountsTopics } from '@compliance/contracts';
import type { MessagingLogger } from '@compliance/messaging';
import {
  createTestDatabase,
  eventually,
  TEST_KAFKA_BROKERS,
  uniqueName,
  type TestDatabase,
} from '@compliance/testing';
import { startNotificationsService, type NotificationsService } from '../src/start-notifications-service';
import { customerAccepts } from './support/customer-verification';
import { attemptsOf, outboxRow } from './support/delivery-log';
import { EventPublisher } from './support/event-publisher';
import { snapshot, statusChanged } from './support/bundle-events';
import { WebhookReceiver } from './support/webhook-receiver';

const quiet: MessagingLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };
const FAST_RETRIES = { initialDelayMs: 20, maxDelayMs: 100, retryWindowMs: 24 * 3_600_000, jitterRatio: 0.2 };

describe('webhook delivery (real Kafka, PostgreSQL and HTTP receiver)', () => {
  const namespace = `${uniqueName('ntf')}.`;
  const bundlesTopic = bundleTopics(namespace).events;
  const accountsTopic = accountsTopics(namespace).events;
  let db: TestDatabase;
  let publisher: EventPublisher;
  let receiver: WebhookReceiver;
  const services: NotificationsService[] = [];

  const start = async (): Promise<NotificationsService> => {
    const service = await startNotificationsService({
      databaseUrl: db.url,
      brokers: TEST_KAFKA_BROKERS,
      namespace,
      retryPolicy: FAST_RETRIES,
      webhookTimeoutMs: 300,
      allowPrivateTargets: true,
      concurrency: 4,
      idlePollMs: 50,
      logger: quiet,
    });
    services.push(service);
    return service;
  };

  beforeAll(async () => {
    db = await createTestDatabase('notifications_webhooks');
    receiver = await WebhookReceiver.start();
    await start();
    publisher = await EventPublisher.connect();
  });

  afterAll(async () => {
    await publisher?.close();
    await Promise.all(services.map((s) => s.stop()));
    await receiver?.close();
    await db?.drop();
  });

  /** A bundle of its own account, so each test reads only its own deliveries. */
  const newAccount = async (secret: string, publishSecret = true) => {
    const accountId = `acc_${uniqueName('a').replace(/\W/g, '')}`;
    if (publishSecret) await publisher.accountCreated(accountsTopic, accountId, secret);
    return accountId;
  };
  const bundleOf = (accountId: string, n: number) => ({
    bundleId: `bun_${accountId.slice(4)}_${n}`,
    accountId,
    statusCallback: receiver.url,
    email: 'ops@example.com',
  });

  it('delivers each status change once, signed, after failures, a timeout and a 500, in order per bundle', async () => {
    const secret = 'whsec_ordered_secret';
    const accountId = await newAccount(secret);
    const a = bundleOf(accountId, 1);
    const b = bundleOf(accountId, 2);
    const failing = new Map<string, (number | 'HANG')[]>();
    receiver.script = ({ body, seen }) => failing.get(String(body.eventId))?.[seen];

    await publisher.bundleEvent(bundlesTopic, { type: 'BundleCreated', data: snapshot(a) });
    await publisher.bundleEvent(bundlesTopic, { type: 'BundleCreated', data: snapshot(b) });
    const steps = [
      ['DRAFT', 'PENDING_REVIEW'],
      ['PENDING_REVIEW', 'IN_REVIEW'],
      ['IN_REVIEW', 'APPROVED'],
    ] as const;
    const idsOfA: string[] = [];
    const idsOfB: string[] = [];
    for (const [from, to] of steps) {
      const data = (bundle: typeof a) => ({
        ...statusChanged(from, to),
        ...bundle,
        statusCallback: undefined,
      });
      idsOfA.push(await publisher.bundleEvent(bundlesTopic, { type: 'BundleStatusChanged', data: data(a) }));
      idsOfB.push(await publisher.bundleEvent(bundlesTopic, { type: 'BundleStatusChanged', data: data(b) }));
    }
    // A's first event fails three ways before it is accepted; B is never held up by A.
    failing.set(idsOfA[0] ?? '', [503, 'HANG', 500]);

    await eventually(async () => {
      const rows = await Promise.all([...idsOfA, ...idsOfB].map((id) => outboxRow(db.pool, id)));
      return rows.every((row) => row?.status === 'DELIVERED') ? true : undefined;
    });

    const accepted = (bundleId: string) =>
      receiver
        .forBundle(bundleId)
        .filter((r) => r.answer === 200)
        .map((r) => r.body.eventId);
    expect(accepted(a.bundleId)).toEqual(idsOfA);
    expect(accepted(b.bundleId)).toEqual(idsOfB);
    // In order: nothing of A went out before A's first event was accepted.
    expect(receiver.forBundle(a.bundleId).map((r) => [r.body.eventId, r.answer])).toEqual([
      [idsOfA[0], 503],
      [idsOfA[0], 'HANG'],
      [idsOfA[0], 500],
      [idsOfA[0], 200],
      [idsOfA[1], 200],
      [idsOfA[2], 200],
    ]);

    const log = await attemptsOf(db.pool, idsOfA[0] ?? '');
    expect(log.map((l) => [l.attempt, l.outcome, l.status_code])).toEqual([
      [1, 'FAILED', 503],
      [2, 'FAILED', null],
      [3, 'FAILED', 500],
      [4, 'DELIVERED', 200],
    ]);
    expect(log[1]?.error).toBe('timeout after 300 ms');
    expect(log[1]?.duration_ms).toBeGreaterThanOrEqual(250);
    expect(log[2]?.error).toBe('HTTP 500');

    for (const request of receiver.forBundle(a.bundleId)) {
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['x-compliance-event-id']).toBe(request.body.eventId);
      expect(customerAccepts(request.headers, request.rawBody, secret)).toBe(true);
      expect(customerAccepts(request.headers, request.rawBody, 'whsec_someone_else')).toBe(false);
    }
    const last = receiver.forBundle(a.bundleId).at(-1);
    expect(Object.keys(last?.body ?? {})).toEqual([
      'eventId',
      'accountId',
      'bundleId',
      'status',
      'validUntil',
      'failureReason',
      'remarks',
      'occurredAt',
    ]);
    expect(last?.body).toMatchObject({
      eventId: idsOfA[2],
      accountId,
      bundleId: a.bundleId,
      status: 'APPROVED',
    });
  });

  it('drops a redelivered bundle event and holds a webhook until the account secret arrives', async () => {
    const secret = 'whsec_late_secret';
    const accountId = await newAccount(secret, false);
    const bundle = bundleOf(accountId, 1);
    receiver.script = () => 200;
    await publisher.bundleEvent(bundlesTopic, { type: 'BundleCreated', data: snapshot(bundle) });
    const data = { ...statusChanged('DRAFT', 'PENDING_REVIEW'), ...bundle };
    const id = await publisher.bundleEvent(bundlesTopic, { type: 'BundleStatusChanged', data });
    await publisher.bundleEvent(bundlesTopic, { type: 'BundleStatusChanged', data }, id);

    const waiting = await eventually(async () => {
      const row = await outboxRow(db.pool, id);
      return row && row.attempts >= 1 ? row : undefined;
    });
    expect(waiting.status).toBe('PENDING');
    expect(waiting.last_error).toBe(`signing secret of ${accountId} not known yet`);
    expect(receiver.forBundle(bundle.bundleId)).toEqual([]);

    await publisher.accountCreated(accountsTopic, accountId, secret);
    await eventually(async () => ((await outboxRow(db.pool, id))?.status === 'DELIVERED' ? true : undefined));
    const requests = receiver.forBundle(bundle.bundleId);
    expect(requests).toHaveLength(1);
    expect(customerAccepts(requests[0]?.headers ?? {}, requests[0]?.rawBody ?? '', secret)).toBe(true);
    const rows = await db.pool.query('SELECT 1 FROM notifications.outbox WHERE event_id = $1', [id]);
    expect(rows.rowCount).toBe(1); // the redelivery added nothing (and e-mail is off in this service)
  });

  it('two instances share the outbox: every event delivered exactly once, in order per bundle', async () => {
    await start();
    const secret = 'whsec_two_instances';
    const accountId = await newAccount(secret);
    receiver.script = () => 200;
    const bundles = Array.from({ length: 12 }, (_, n) => bundleOf(accountId, n));
    const expected = new Map<string, string[]>();
    const chain = [
      ['DRAFT', 'PENDING_REVIEW'],
      ['PENDING_REVIEW', 'IN_REVIEW'],
      ['IN_REVIEW', 'REJECTED'],
      ['REJECTED', 'PENDING_REVIEW'],
      ['PENDING_REVIEW', 'APPROVED'],
    ] as const;
    for (const bundle of bundles) {
      await publisher.bundleEvent(bundlesTopic, { type: 'BundleCreated', data: snapshot(bundle) });
      expected.set(bundle.bundleId, []);
    }
    for (const [from, to] of chain) {
      for (const bundle of bundles) {
        const data = { ...statusChanged(from, to), ...bundle };
        const id = await publisher.bundleEvent(bundlesTopic, { type: 'BundleStatusChanged', data });
        expected.get(bundle.bundleId)?.push(id);
      }
    }
    const all = [...expected.values()].flat();
    await eventually(
      async () => {
        const result = await db.pool.query<{ n: string }>(
          `SELECT count(*) AS n FROM notifications.outbox WHERE event_id = ANY($1::uuid[]) AND status = 'DELIVERED'`,
          [all],
        );
        return Number(result.rows[0]?.n) === all.length ? true : undefined;
      },
      { timeoutMs: 30_000 },
    );

    for (const bundle of bundles) {
      expect(receiver.forBundle(bundle.bundleId).map((r) => r.body.eventId)).toEqual(
        expected.get(bundle.bundleId),
      );
    }
    const attempts = await db.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM notifications.delivery_attempts a JOIN notifications.outbox o ON o.id = a.outbox_id
        WHERE o.event_id = ANY($1::uuid[])`,
      [all],
    );
    expect(Number(attempts.rows[0]?.n)).toBe(all.length);
    expect(services.every((s) => s.dispatcher.stats.delivered > 0)).toBe(true);
  });
});
