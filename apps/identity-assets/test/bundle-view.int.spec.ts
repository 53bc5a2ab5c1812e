import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUNDLE_EVENTS_TOPIC, NUMBER_EVENTS_TOPIC, type BundleItemRef } from '@compliance/contracts';
import {
  createTestDatabase,
  eventually,
  testKafka,
  TEST_KAFKA_BROKERS,
  uniqueName,
  type TestDatabase,
} from '@compliance/testing';
import type { Producer } from 'kafkajs';
import { startIdentityService, type IdentityService } from '../src';
import { assetStatus, bundlesOfSubject } from '../src/queries/bundle-view/bundle-view.repository';

/** The bundle and phone-number view of identity-assets, fed by contract-shaped events on the real broker. */
describe('identity-assets bundle view (real PostgreSQL and Kafka)', () => {
  const kafka = testKafka('identity-int');
  const namespace = `${uniqueName('idv')}.`;
  let db: TestDatabase;
  let service: IdentityService;
  let producer: Producer;
  let fileDir: string;
  const accountId = 'acc_01JGFJJZ000000000000000000';

  async function publish(
    topic: string,
    key: string,
    type: string,
    data: object,
    revision: number,
    eventId = randomUUID(),
  ) {
    const envelope = {
      eventId,
      type,
      data,
      metadata: {
        accountId,
        actor: 't',
        correlationId: eventId,
        causationId: null,
        occurredAt: new Date().toISOString(),
        schemaVersion: 1,
      },
      streamId: `bundle-${key}`,
      revision,
      position: String(revision),
    };
    await producer.send({
      topic: `${namespace}${topic}`,
      messages: [{ key, value: JSON.stringify(envelope) }],
    });
    return eventId;
  }

  const processed = (eventId: string) =>
    eventually(async () => {
      const { rowCount } = await db.pool.query(
        'SELECT 1 FROM messaging.processed_events WHERE event_id = $1',
        [eventId],
      );
      return rowCount === 1 ? true : undefined;
    });

  const snapshot = (bundleId: string, status: string, items: BundleItemRef[], extra: object = {}) => ({
    bundleId,
    accountId,
    status,
    regulationId: 'reg_01JGFJJZ000000000000000000',
    regulationVersion: 1,
    country: 'DEU',
    numberType: 'LOCAL',
    endUserType: 'BUSINESS',
    items,
    validUntil: null,
    failureReason: null,
    copiedFrom: null,
    occurredAt: new Date().toISOString(),
    ...extra,
  });

  beforeAll(async () => {
    db = await createTestDatabase('identity_view');
    fileDir = mkdtempSync(path.join(os.tmpdir(), 'identity-int-'));
    service = await startIdentityService({
      databaseUrl: db.url,
      brokers: TEST_KAFKA_BROKERS,
      namespace,
      masterKey: { key: randomBytes(32), keyId: 'test', source: 'IDENTITY_MASTER_KEY' },
      fileDir,
      httpPort: 0,
      logger: false,
    });
    producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.stop();
    await db?.drop();
    rmSync(fileDir, { recursive: true, force: true });
  });

  it('keeps the newest snapshot per bundle, the reviewer’s reasons while REJECTED, and forgets deleted bundles', async () => {
    const bundleId = `bun_${randomBytes(4).toString('hex')}`;
    const items: BundleItemRef[] = [
      { itemId: 'itm_1', assetType: 'END_USER', assetId: 'eu_x' },
      { itemId: 'itm_2', assetType: 'DOCUMENT', assetId: 'doc_x' },
    ];
    await processed(
      await publish(
        BUNDLE_EVENTS_TOPIC,
        bundleId,
        'BundleStatusChanged',
        snapshot(bundleId, 'IN_REVIEW', items),
        4,
      ),
    );
    expect(await assetStatus(db.pool, 'eu_x')).toEqual({
      status: 'PENDING_REVIEW',
      failureReason: null,
      lockedBy: [bundleId],
    });

    await processed(
      await publish(BUNDLE_EVENTS_TOPIC, bundleId, 'BundleCreated', snapshot(bundleId, 'DRAFT', []), 0),
    );
    expect((await assetStatus(db.pool, 'eu_x')).status).toBe('PENDING_REVIEW');

    const rejected = snapshot(bundleId, 'REJECTED', items, {
      previousStatus: 'IN_REVIEW',
      remarks: 'no',
      itemFailures: [{ ...items[1]!, failureReason: 'Expired passport' }],
    });
    await processed(await publish(BUNDLE_EVENTS_TOPIC, bundleId, 'BundleStatusChanged', rejected, 5));
    expect(await assetStatus(db.pool, 'doc_x')).toEqual({
      status: 'REJECTED',
      failureReason: 'Expired passport',
      lockedBy: [],
    });
    // Another change while still REJECTED keeps the reason; an unknown event type is ignored.
    await processed(
      await publish(
        BUNDLE_EVENTS_TOPIC,
        bundleId,
        'BundleMetadataUpdated',
        snapshot(bundleId, 'REJECTED', items),
        6,
      ),
    );
    await processed(
      await publish(
        BUNDLE_EVENTS_TOPIC,
        bundleId,
        'BundleItemRemoved',
        {
          ...snapshot(bundleId, 'REJECTED', items),
          item: { itemId: 'itm_3', assetType: 'ADDRESS', assetId: 'adr_gone' },
        },
        7,
      ),
    );
    expect((await assetStatus(db.pool, 'doc_x')).failureReason).toBe('Expired passport');

    await processed(
      await publish(BUNDLE_EVENTS_TOPIC, bundleId, 'BundleDeleted', snapshot(bundleId, 'REJECTED', items), 8),
    );
    expect(await assetStatus(db.pool, 'doc_x')).toEqual({
      status: 'DRAFT',
      failureReason: null,
      lockedBy: [],
    });
    await processed(
      await publish(
        BUNDLE_EVENTS_TOPIC,
        bundleId,
        'BundleStatusChanged',
        snapshot(bundleId, 'APPROVED', items),
        2,
      ),
    );
    expect((await assetStatus(db.pool, 'doc_x')).status).toBe('DRAFT');
  });

  it('keeps the newest phone-number count per bundle for retention holds, and drops redeliveries', async () => {
    const bundleId = `bun_${randomBytes(4).toString('hex')}`;
    const items: BundleItemRef[] = [{ itemId: 'itm_9', assetType: 'END_USER', assetId: 'eu_held' }];
    await processed(
      await publish(
        BUNDLE_EVENTS_TOPIC,
        bundleId,
        'BundleStatusChanged',
        snapshot(bundleId, 'APPROVED', items),
        3,
      ),
    );
    const count = (n: number) => ({
      bundleId,
      accountId,
      count: n,
      lastNumberLeftAt: n === 0 ? '2026-01-01T00:00:00.000Z' : null,
      occurredAt: new Date().toISOString(),
    });
    const first = await publish(NUMBER_EVENTS_TOPIC, bundleId, 'BundlePhoneNumberCountChanged', count(3), 10);
    await processed(first);
    await processed(
      await publish(NUMBER_EVENTS_TOPIC, bundleId, 'BundlePhoneNumberCountChanged', count(0), 11),
    );
    await publish(NUMBER_EVENTS_TOPIC, bundleId, 'BundlePhoneNumberCountChanged', count(3), 10, first);
    const late = await publish(NUMBER_EVENTS_TOPIC, bundleId, 'BundlePhoneNumberCountChanged', count(5), 9);
    await processed(late);
    expect(await bundlesOfSubject(db.pool, 'eu_held')).toEqual([
      { bundleId, status: 'APPROVED', numberCount: 0, lastNumberLeftAt: '2026-01-01T00:00:00.000Z' },
    ]);
  });
});
