import { bundleTopics } from '@compliance/contracts';
import type { MessagingLogger } from '@compliance/messaging';
import {
  createTestDatabase,
  eventually,
  TEST_KAFKA_BROKERS,
  uniqueName,
  type TestDatabase,
} from '@compliance/testing';
import { startNotificationsService, type NotificationsService } from '../src/start-notifications-service';
import { snapshot, statusChanged, validUntilSet } from './support/bundle-events';
import { attemptsOf, outboxRow } from './support/delivery-log';
import { EventPublisher } from './support/event-publisher';
import { SmtpReceiver } from './support/smtp-receiver';

const quiet: MessagingLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };

describe('e-mail delivery (real SMTP server)', () => {
  const namespace = `${uniqueName('ntf-mail')}.`;
  let db: TestDatabase;
  let publisher: EventPublisher;
  let smtp: SmtpReceiver;
  let service: NotificationsService;

  beforeAll(async () => {
    db = await createTestDatabase('notifications_email');
    smtp = await SmtpReceiver.start({ refuseFirst: 1 });
    service = await startNotificationsService({
      databaseUrl: db.url,
      brokers: TEST_KAFKA_BROKERS,
      namespace,
      smtpUrl: smtp.url,
      emailFrom: 'Compliance <notifications@compliance.test>',
      emailTimeoutMs: 5_000,
      retryPolicy: { initialDelayMs: 20, maxDelayMs: 100, retryWindowMs: 24 * 3_600_000, jitterRatio: 0.2 },
      idlePollMs: 50,
      logger: quiet,
    });
    publisher = await EventPublisher.connect();
  });

  afterAll(async () => {
    await publisher?.close();
    await service?.stop();
    await smtp?.close();
    await db?.drop();
  });

  it('mails the bundle e-mail on a rejection (retrying a greylisting refusal) and when validUntil is set', async () => {
    const topic = bundleTopics(namespace).events;
    const bundle = {
      bundleId: 'bun_mailtest',
      accountId: 'acc_mailtest',
      email: 'compliance-team@example.com',
    };
    await publisher.bundleEvent(topic, {
      type: 'BundleCreated',
      data: snapshot({ ...bundle, statusCallback: null }),
    });
    const rejected = await publisher.bundleEvent(topic, {
      type: 'BundleStatusChanged',
      data: {
        ...statusChanged('IN_REVIEW', 'REJECTED', { remarks: 'The utility bill is older than 3 months' }),
        ...bundle,
        failureReason: 'DOCUMENTS_OUTDATED',
      },
    });
    // A later change of the address (BundleMetadataUpdated) is where the next mail goes.
    await publisher.bundleEvent(topic, {
      type: 'BundleMetadataUpdated',
      data: {
        ...snapshot({ ...bundle, status: 'REJECTED' }),
        statusCallback: null,
        email: 'new-team@example.com',
      },
    });
    const renewal = await publisher.bundleEvent(topic, {
      type: 'BundleValidUntilSet',
      data: { ...validUntilSet('2027-03-01T00:00:00.000Z'), ...bundle, email: undefined },
    });

    // Mails arrive before the service records them as delivered: wait for the records.
    await eventually(async () => {
      const rows = await Promise.all([
        outboxRow(db.pool, rejected, 'EMAIL'),
        outboxRow(db.pool, renewal, 'EMAIL'),
      ]);
      return rows.every((row) => row?.status === 'DELIVERED') ? true : undefined;
    });
    expect(smtp.mails).toHaveLength(2);
    const [first, second] = smtp.mails;
    expect(first?.to).toEqual(['compliance-team@example.com']);
    expect(first?.from).toBe('notifications@compliance.test');
    expect(first?.raw).toMatch(/^Subject: Bundle bun_mailtest is now REJECTED\r?$/m);
    expect(first?.raw).toMatch(new RegExp(`^X-Compliance-Event-Id: ${rejected}\\r?$`, 'mi'));
    expect(first?.raw).toContain('Remarks: The utility bill is older than 3 months');
    expect(first?.raw).toContain('Failure reason: DOCUMENTS_OUTDATED');
    expect(second?.to).toEqual(['new-team@example.com']);
    expect(second?.raw).toMatch(
      /^Subject: Bundle bun_mailtest must be renewed by 2027-03-01T00:00:00.000Z\r?$/m,
    );

    const log = await attemptsOf(db.pool, rejected, 'EMAIL');
    expect(log.map((l) => [l.outcome, l.status_code])).toEqual([
      ['FAILED', 451],
      ['DELIVERED', 250],
    ]);
    expect(await outboxRow(db.pool, rejected, 'WEBHOOK')).toBeUndefined();
  });
});
