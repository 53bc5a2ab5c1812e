import { isServiceErrorReply, newUlid, type ServiceErrorReply } from '@compliance/contracts';
import {
  createTestDatabase,
  eventually,
  testKafka,
  TEST_KAFKA_BROKERS,
  uniqueName,
  type TestDatabase,
} from '@compliance/testing';
import type { Consumer } from 'kafkajs';
import { regulationIdFor, startCatalogService, type CatalogService, type Regulation } from '../src';
import { KafkaRequester } from './support/kafka-request';

interface Envelope {
  type: string;
  streamId: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

describe('requirements-catalog service (real PostgreSQL and Kafka)', () => {
  const kafka = testKafka('catalog-int');
  const namespace = `${uniqueName('cat')}.`;
  const deuLocalIndividual = regulationIdFor('DEU', 'LOCAL', 'INDIVIDUAL');
  let db: TestDatabase;
  let service: CatalogService | null = null;
  let requester: KafkaRequester;
  let collector: Consumer;
  const published: { key: string; value: Envelope }[] = [];

  const start = () =>
    startCatalogService({ databaseUrl: db.url, brokers: TEST_KAFKA_BROKERS, namespace, logger: false });
  const countRegulationEvents = async () => {
    const { rows } = await db.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM event_store.events WHERE stream_id LIKE 'regulation-%'`,
    );
    return Number(rows[0]?.n);
  };
  const call = async <T>(pattern: keyof CatalogService['topics']['patterns'], payload: unknown) =>
    (await requester.request(service!.topics.patterns[pattern], payload)) as T | ServiceErrorReply;
  const ok = <T>(reply: T | ServiceErrorReply): T => {
    if (isServiceErrorReply(reply)) throw new Error(`unexpected error reply ${JSON.stringify(reply)}`);
    return reply;
  };

  beforeAll(async () => {
    db = await createTestDatabase('catalog_service');
    service = await start();
    collector = kafka.consumer({ groupId: uniqueName('catalog-collector') });
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
    requester = new KafkaRequester(kafka, service.topics.replyTopics);
    await requester.start();
  });

  afterAll(async () => {
    const topics = service?.topics;
    await requester?.stop();
    await collector?.disconnect();
    await service?.stop();
    if (topics) {
      const admin = kafka.admin();
      await admin.connect();
      await admin
        .deleteTopics({ topics: [topics.events, ...topics.requestTopics, ...topics.replyTopics] })
        .catch(() => undefined);
      await admin.disconnect();
    }
    await db?.drop();
  });

  it('seeds every data-file regulation as version 1 and projects it', async () => {
    const seeded = service!.seed;
    console.log(
      `catalog seed: ${seeded.regulations} regulations, ${seeded.published} versions, ${seeded.elapsedMs} ms`,
    );
    expect(seeded.regulations).toBeGreaterThanOrEqual(100);
    expect(seeded.published).toBe(seeded.regulations);
    expect(await countRegulationEvents()).toBe(seeded.regulations);
    const all = await eventually(
      async () => {
        const reply = ok(await call<{ data: Regulation[] }>('findRequirements', {}));
        return reply.data.length === seeded.regulations ? reply.data : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    expect(all.every((r) => r.version === 1)).toBe(true);
  });

  it('answers the queries with raw inputs normalised, and names bad parameters', async () => {
    const local = ok(
      await call<{ data: Regulation[] }>('findRequirements', { country: 'de', numberType: 'geographic' }),
    );
    expect(local.data.map((r) => [r.country, r.numberType, r.endUserType])).toEqual([
      ['DEU', 'LOCAL', 'BUSINESS'],
      ['DEU', 'LOCAL', 'INDIVIDUAL'],
    ]);
    const bad = await call('findRequirements', { country: 'Germany', numberType: 'PAGER' });
    expect(isServiceErrorReply(bad) && bad.error.status).toBe(400);
    expect((bad as ServiceErrorReply).error.errors?.map((e) => e.field).sort()).toEqual([
      'country',
      'numberType',
    ]);

    const missing = await call('getRegulation', { regulationId: 'reg_01JGFJJZ000000000000000000' });
    expect((missing as ServiceErrorReply).error.code).toBe('NOT_FOUND');
    const doc = ok(await call<{ type: string }>('getDocumentType', { type: 'passport' }));
    expect(doc.type).toBe('passport');
    const individual = ok(await call<{ type: string }>('getEndUserType', { type: 'individual' }));
    expect(individual.type).toBe('INDIVIDUAL');
    const page = ok(
      await call<{ data: { city: string; postalCode: string }[]; nextPageToken: string | null }>('cityInfo', {
        country: 'fr',
        postalCode: '750',
        pageSize: 5,
      }),
    );
    expect(page.data).toHaveLength(5);
    expect(page.data.every((e) => e.postalCode.startsWith('750'))).toBe(true);
    expect(page.nextPageToken).not.toBeNull();
  });

  it('publishes a new version: on catalog.events with its grace period, readable at once, old version kept', async () => {
    const v1 = ok(await call<Regulation>('getRegulation', { regulationId: deuLocalIndividual }));
    const changed = {
      ...v1.requirement,
      endUser: {
        ...v1.requirement.endUser,
        fields: v1.requirement.endUser.fields.map((f) =>
          f.name === 'dateOfBirth' ? { ...f, required: false } : f,
        ),
      },
    };
    const body = {
      commandId: newUlid(),
      country: 'de',
      numberType: 'GEOGRAPHIC',
      endUserType: 'individual',
      requirement: changed,
      gracePeriodDays: 45,
    };
    const v2 = ok(await call<Regulation>('publishRegulation', body));
    expect(v2).toMatchObject({
      regulationId: deuLocalIndividual,
      version: 2,
      country: 'DEU',
      numberType: 'LOCAL',
    });
    expect(v2.requirement).toEqual(changed);

    // Read right after the publish: the reply waited for the projection.
    const latest = ok(await call<Regulation>('getRegulation', { regulationId: deuLocalIndividual }));
    expect(latest.version).toBe(2);
    const old = ok(
      await call<Regulation>('getRegulation', { regulationId: deuLocalIndividual, version: '1' }),
    );
    expect(old.requirement).toEqual(v1.requirement);
    const noV3 = await call('getRegulation', { regulationId: deuLocalIndividual, version: '3' });
    expect((noV3 as ServiceErrorReply).error.code).toBe('NOT_FOUND');

    const event = await eventually(
      () =>
        published.find(
          (m) =>
            m.key === deuLocalIndividual &&
            m.value.type === 'RegulationVersionPublished' &&
            m.value.data.version === 2,
        ),
      { timeoutMs: 30_000 },
    );
    expect(event.value.data).toMatchObject({
      regulationId: deuLocalIndividual,
      version: 2,
      country: 'DEU',
      numberType: 'LOCAL',
      endUserType: 'INDIVIDUAL',
      gracePeriodDays: 45,
      publishedAt: v2.publishedAt,
    });
    expect(event.value.streamId).toBe(`regulation-${deuLocalIndividual}`);
    expect(event.value.metadata.actor).toBe('staff_test_admin');

    // The same spec again changes nothing and answers the version in force.
    const before = await countRegulationEvents();
    const again = ok(await call<Regulation>('publishRegulation', { ...body, commandId: newUlid() }));
    expect(again.version).toBe(2);
    expect(await countRegulationEvents()).toBe(before);
  });

  it('refuses a bad publish listing every problem with its path', async () => {
    const reply = await call('publishRegulation', {
      commandId: newUlid(),
      regulationId: 'reg_01JGFJJZ000000000000000000',
      country: 'XX',
      numberType: 'LOCAL',
      endUserType: 'BUSINESS',
      requirement: { endUser: { type: 'BUSINESS', fields: [] }, address: { required: 'yes' } },
      gracePeriodDays: 400,
    });
    expect(isServiceErrorReply(reply)).toBe(true);
    const { error } = reply as ServiceErrorReply;
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
    const fields = error.errors?.map((e) => e.field) ?? [];
    expect(fields).toEqual(
      expect.arrayContaining(['country', 'gracePeriodDays', 'requirement.address.required']),
    );
  });

  it('appends nothing when restarted (seeding again), and keeps the ADMIN version in force', async () => {
    const before = await countRegulationEvents();
    await service!.stop();
    service = null;
    service = await start();
    expect(service.seed.published).toBe(0);
    expect(await countRegulationEvents()).toBe(before);
    const latest = ok(await call<Regulation>('getRegulation', { regulationId: deuLocalIndividual }));
    expect(latest.version).toBe(2);
  });
});
