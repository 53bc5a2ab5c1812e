import { accountsTopics, bundleTopics } from '@compliance/contracts';
import type { MessagingLogger } from '@compliance/messaging';
import {
  createTestDatabase,
  eventually,
  TEST_KAFKA_BROKERS,
  uniqueName,
  type TestDatabase,
} from '@compliance/testing';
import { DEFAULT_RETRY_POLICY } from '../src/domain/retry-schedule';
import { startNotificationsService, type NotificationsService } from '../src/start-notifications-service';
import { snapshot, statusChanged } from './support/bundle-events';
import { attemptsOf, outboxRow } from './support/delivery-log';
import { EventPublisher } from './support/event-publisher';
import { ManualClock } from './support/manual-clock';
import { WebhookReceiver } from './support/webhook-receiver';

const quiet: MessagingLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('retry window (default schedule, time moved by an injected clock)', () => {
  const namespace = `${uniqueName('ntf-retry')}.`;
  const clock = new ManualClock();
  let db: TestDatabase;
  let publisher: EventPublisher;
  let receiver: WebhookReceiver;
  let service: NotificationsService;

  beforeAll(async () => {
    db = await createTestDatabase('notifications_retry');
    receiver = await WebhookReceiver.start();
    service = await startNotificationsService({
      databaseUrl: db.url,
      brokers: TEST_KAFKA_BROKERS,
      namespace,
      clock,
      allowPrivateTargets: true,
      retryPolicy: DEFAULT_RETRY_POLICY,
      random: () => 0.5,
      concurrency: 2,
      idlePollMs: 50,
      logger: quiet,
    });
    publisher = await EventPublisher.connect();
  });

  afterAll(async () => {
    await publisher?.close();
    await service?.stop();
    await receiver?.close();
    await db?.drop();
  });

  /** Moves time and waits until the due retry has been made. */
  const advanceAndAwaitAttempt = async (eventId: string, ms: number): Promise<number> => {
    const before = (await outboxRow(db.pool, eventId))?.attempts ?? 0;
    clock.advance(ms);
    service.dispatcher.wake();
    return eventually(async () => {
      const row = await outboxRow(db.pool, eventId);
      return row && row.attempts > before ? row.attempts : undefined;
    });
  };

  it('retries a failing endpoint for the whole 72 h window, holding the next event, then gives up on it', async () => {
    const accountId = 'acc_retrywindow';
    const bundle = { bundleId: 'bun_retrywindow', accountId, statusCallback: receiver.url };
    await publisher.accountCreated(accountsTopics(namespace).events, accountId, 'whsec_retry');
    const topic = bundleTopics(namespace).events;
    await publisher.bundleEvent(topic, { type: 'BundleCreated', data: snapshot(bundle) });
    const first = await publisher.bundleEvent(topic, {
      type: 'BundleStatusChanged',
      data: { ...statusChanged('DRAFT', 'PENDING_REVIEW'), ...bundle },
    });
    const second = await publisher.bundleEvent(topic, {
      type: 'BundleStatusChanged',
      data: { ...statusChanged('PENDING_REVIEW', 'IN_REVIEW'), ...bundle },
    });
    receiver.script = ({ body }) => (body.eventId === first ? 500 : 200);

    const afterFirst = await eventually(async () => {
      const row = await outboxRow(db.pool, first);
      return row && row.attempts === 1 ? row : undefined;
    });
    const createdAt = afterFirst.created_at.getTime();
    expect(
      afterFirst.next_attempt_at.getTime() - (await attemptsOf(db.pool, first))[0]!.attempted_at.getTime(),
    ).toBe(30_000);

    // The schedule: 30 s, 1, 2, 4, 8, 16, 32 min, then hourly; a day later it is still trying.
    for (const delay of [30_000, MINUTE, 2 * MINUTE, 4 * MINUTE, 8 * MINUTE, 16 * MINUTE, 32 * MINUTE]) {
      await advanceAndAwaitAttempt(first, delay);
    }
    clock.advance(24 * HOUR - 63.5 * MINUTE);
    await advanceAndAwaitAttempt(first, 0);
    const dayLater = await outboxRow(db.pool, first);
    expect(dayLater?.status).toBe('PENDING');
    expect(dayLater?.attempts).toBe(9);
    expect(receiver.received.filter((r) => r.body.eventId === second)).toEqual([]);

    // An attempt at (or past) the end of the window that fails gives up, and the next event goes out.
    clock.advance(48 * HOUR);
    await advanceAndAwaitAttempt(first, 0);
    const last = (await attemptsOf(db.pool, first)).at(-1);
    expect(last?.attempted_at.getTime()).toBeGreaterThanOrEqual(createdAt + 72 * HOUR);
    expect((await outboxRow(db.pool, first))?.status).toBe('FAILED');
    await eventually(async () =>
      (await outboxRow(db.pool, second))?.status === 'DELIVERED' ? true : undefined,
    );
    const order = receiver.forBundle(bundle.bundleId).map((r) => r.body.eventId);
    expect(order.filter((id) => id === first)).toHaveLength(10);
    expect(order.at(-1)).toBe(second);
    expect(order.indexOf(second)).toBe(10);
  });
});
