import {
  isServiceErrorReply,
  newUlid,
  type BrandView,
  type ServiceErrorReply,
  type VettingView,
} from '@compliance/contracts';
import {
  createTestDatabase,
  eventually,
  testKafka,
  TEST_KAFKA_BROKERS,
  uniqueName,
  type TestDatabase,
} from '@compliance/testing';
import type { Consumer } from 'kafkajs';
import { startBrandVettingService, type BrandVettingService } from '../src';
import { KafkaRequester } from './support/kafka-request';

interface Envelope {
  eventId: string;
  type: string;
  streamId: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

const ACCOUNT = 'acc_01JGFJJZ000000000000000001';
const brand = {
  entityType: 'PRIVATE_PROFIT',
  companyName: 'Acme Int',
  displayName: 'Acme',
  ein: '12-3456782',
  einIssuingCountry: 'US',
  phone: '+18009999999',
  email: 'ops@acme.test',
  street: '1 Road',
  city: 'Raleigh',
  state: 'NC',
  postalCode: '27606',
  country: 'US',
  vertical: 'RETAIL',
};

/**
 * The service on real PostgreSQL and Kafka, reached through its request topics: events are published on
 * `brands.events` keyed by brand id with the brand's account in their metadata, and a vetting requested before a
 * stop completes after a restart (the PENDING read-model row is the poller's work list, nothing lives in memory).
 */
describe('brand-vetting service (real PostgreSQL and Kafka)', () => {
  const kafka = testKafka('brands-int');
  const namespace = `${uniqueName('brd')}.`;
  let db: TestDatabase;
  let service: BrandVettingService | null = null;
  let requester: KafkaRequester;
  let collector: Consumer;
  const published: { key: string; value: Envelope }[] = [];

  const start = (vettingCompletionDelayMs: number) =>
    startBrandVettingService({
      databaseUrl: db.url,
      brokers: TEST_KAFKA_BROKERS,
      namespace,
      vettingCompletionDelayMs,
      vettingPollIntervalMs: 100,
      logger: false,
    });
  const call = async <T>(pattern: keyof BrandVettingService['topics']['patterns'], payload: unknown) => {
    const reply = (await requester.request(service!.topics.patterns[pattern], payload)) as
      | T
      | ServiceErrorReply;
    if (isServiceErrorReply(reply)) throw new Error(`unexpected error reply ${JSON.stringify(reply)}`);
    return reply;
  };
  const streamTypes = async (brandId: string) => {
    const { rows } = await db.pool.query<{ type: string }>(
      'SELECT type FROM event_store.events WHERE stream_id = $1 ORDER BY revision',
      [`brand-${brandId}`],
    );
    return rows.map((row) => row.type);
  };

  beforeAll(async () => {
    db = await createTestDatabase('brand_vetting_service');
    service = await start(60_000);
    requester = new KafkaRequester(kafka, service.topics.replyTopics);
    await requester.start();
    collector = kafka.consumer({ groupId: uniqueName('brands-collector') });
    await collector.connect();
    await collector.subscribe({ topic: service.topics.events, fromBeginning: true });
    await collector.run({
      eachMessage: ({ message }) => {
        published.push({
          key: message.key!.toString(),
          value: JSON.parse(message.value!.toString()) as Envelope,
        });
        return Promise.resolve();
      },
    });
  });

  afterAll(async () => {
    await collector?.disconnect();
    await requester?.stop();
    await service?.stop();
    await db?.drop();
  });

  it('completes a vetting requested before a restart, once, and publishes every event keyed by brand', async () => {
    const commandId = newUlid();
    const registered = await call<BrandView>('registerBrand', { commandId, accountId: ACCOUNT, brand });
    expect(registered).toMatchObject({ brandId: `brd_${commandId}`, identityStatus: 'VERIFIED' });
    // The same command again (a gateway retry) registers nothing new.
    expect(await call<BrandView>('registerBrand', { commandId, accountId: ACCOUNT, brand })).toEqual(
      registered,
    );
    const brandId = registered.brandId;

    const requested = await call<VettingView>('requestVetting', {
      commandId: newUlid(),
      accountId: ACCOUNT,
      brandId,
      evpId: 'WMC',
      vettingClass: 'STANDARD',
    });
    expect(requested.vettingStatus).toBe('PENDING');

    // Stopped while the provider is still vetting (60 s), then started again with a provider that is done.
    await service!.stop();
    service = null;
    expect(await streamTypes(brandId)).toEqual(['BrandRegistered', 'VettingRequested']);
    service = await start(1);

    // Read from the read model directly: the first request-reply right after a restart may wait for the group.
    const done = await eventually(async () => {
      const { rows } = await db.pool.query<{ view: VettingView }>(
        `SELECT view FROM brand_vetting.vettings WHERE brand_id = $1 AND vetting_status = 'ACTIVE'`,
        [brandId],
      );
      return rows[0]?.view;
    });
    expect(done).toMatchObject({ vettingId: requested.vettingId, vettingScore: expect.any(Number) });
    expect(await streamTypes(brandId)).toEqual(['BrandRegistered', 'VettingRequested', 'VettingCompleted']);

    const events = await eventually(() => {
      const mine = published.filter((p) => p.key === brandId);
      return mine.length === 3 ? mine : undefined;
    });
    expect(events.map((e) => e.value.type)).toEqual([
      'BrandRegistered',
      'VettingRequested',
      'VettingCompleted',
    ]);
    for (const event of events) {
      expect(event.value.streamId).toBe(`brand-${brandId}`);
      expect(event.value.metadata).toMatchObject({ accountId: ACCOUNT, schemaVersion: 1 });
    }
    expect(events[2]!.value.metadata.actor).toBe('vetting-provider:WMC');
  });

  it("answers another account's brand as NOT_FOUND on every pattern", async () => {
    const registered = await call<BrandView>('registerBrand', {
      commandId: newUlid(),
      accountId: ACCOUNT,
      brand,
    });
    const other = 'acc_01JGFJJZ000000000000000002';
    for (const [pattern, payload] of [
      ['getBrand', { accountId: other, brandId: registered.brandId }],
      ['revetBrand', { commandId: newUlid(), accountId: other, brandId: registered.brandId }],
      [
        'requestVetting',
        {
          commandId: newUlid(),
          accountId: other,
          brandId: registered.brandId,
          evpId: 'WMC',
          vettingClass: 'STANDARD',
        },
      ],
      [
        'importVetting',
        {
          accountId: other,
          brandId: registered.brandId,
          evpId: 'CV',
          vettingId: '531D1FD09D68401EA0E4624B8B7D4A14',
        },
      ],
      ['listVettings', { accountId: other, brandId: registered.brandId }],
    ] as const) {
      const reply = await requester.request(service!.topics.patterns[pattern], payload);
      expect({ pattern, reply }).toEqual({
        pattern,
        reply: { error: expect.objectContaining({ code: 'NOT_FOUND', status: 404 }) },
      });
    }
    expect(await streamTypes(registered.brandId)).toEqual(['BrandRegistered']);
  });
});
