import {
  isServiceErrorReply,
  newId,
  type BulkPhoneNumbersReply,
  type PhoneNumberPage,
  type PhoneNumberView,
  type ServiceErrorReply,
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
import { startNumberService, type NumberService } from '../src';
import { FakeBundleLifecycle } from './support/fake-bundle-lifecycle';
import { KafkaRequester } from './support/kafka-request';

interface Envelope {
  type: string;
  streamId: string;
  revision: number;
  data: Record<string, unknown>;
}

/** `eventually` polls until the probe returns a value: assertions return nothing, so say done. */
const until = (probe: () => unknown) =>
  eventually(async () => {
    await probe();
    return true;
  });

const italian = (i: number) => `+39014423${String(i).padStart(4, '0')}`;

describe('number-assignment service (real PostgreSQL and Kafka)', () => {
  const kafka = testKafka('numbers-int');
  const namespace = `${uniqueName('num')}.`;
  const accountA = newId('acc_');
  const accountB = newId('acc_');
  let db: TestDatabase;
  let service: NumberService;
  let bundles: FakeBundleLifecycle;
  let requester: KafkaRequester;
  let collector: Consumer;
  const published: { key: string; value: Envelope }[] = [];

  const call = async <T>(pattern: keyof NumberService['topics']['patterns'], payload: unknown) =>
    (await requester.request(service.topics.patterns[pattern], payload)) as T | ServiceErrorReply;
  const ok = <T>(reply: T | ServiceErrorReply): T => {
    if (isServiceErrorReply(reply)) throw new Error(`unexpected error reply ${JSON.stringify(reply)}`);
    return reply;
  };
  const bulk = (bundleId: string, action: 'ADD' | 'REMOVE', phoneNumbers: unknown[], accountId = accountA) =>
    call<BulkPhoneNumbersReply>('bulkPhoneNumbers', {
      accountId,
      bundleId,
      action,
      phoneNumbers,
      allDetailsAccurate: true,
    });
  const getNumber = (phoneNumber: string, accountId = accountA) =>
    call<PhoneNumberView>('getPhoneNumber', { accountId, phoneNumber });
  const statusOf = async (phoneNumber: string) => {
    const reply = await getNumber(phoneNumber);
    return isServiceErrorReply(reply) ? reply.error.code : reply.status;
  };

  beforeAll(async () => {
    db = await createTestDatabase('numbers_service');
    bundles = new FakeBundleLifecycle(namespace);
    await bundles.start();
    service = await startNumberService({
      databaseUrl: db.url,
      brokers: TEST_KAFKA_BROKERS,
      namespace,
      logger: false,
    });
    collector = kafka.consumer({ groupId: uniqueName('numbers-collector') });
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
    await requester?.stop();
    await collector?.disconnect();
    await service?.stop();
    await bundles?.stop();
    await db?.drop();
  });

  it('attaches numbers to an APPROVED bundle, lists them and publishes the count keyed by bundle id', async () => {
    const bundleId = newId('bun_');
    bundles.define(bundleId, accountA, 'APPROVED');
    const reply = ok(await bulk(bundleId, 'ADD', [italian(1), italian(2)]));
    expect(reply.results).toEqual([
      { phoneNumber: italian(1), status: 'ATTACHED' },
      { phoneNumber: italian(2), status: 'ATTACHED' },
    ]);
    await until(async () => {
      const page = ok(
        await call<PhoneNumberPage>('listBundlePhoneNumbers', { accountId: accountA, bundleId }),
      );
      expect(page.data.map((n) => [n.phoneNumber, n.status, n.bundleId])).toEqual([
        [italian(1), 'ATTACHED', bundleId],
        [italian(2), 'ATTACHED', bundleId],
      ]);
      expect(page.data[0]!.attachedAt).not.toBeNull();
    });
    await until(() => {
      const count = published.find(
        (m) => m.key === bundleId && m.value.type === 'BundlePhoneNumberCountChanged',
      );
      expect(count?.value.data).toMatchObject({
        bundleId,
        accountId: accountA,
        count: 2,
        lastNumberLeftAt: null,
      });
      const numberEvent = published.find(
        (m) => m.key === italian(1) && m.value.type === 'PhoneNumberStatusChanged',
      );
      expect(numberEvent?.value.data).toMatchObject({ previousStatus: null, status: 'ATTACHED', bundleId });
    });
    // Adding them again changes nothing and answers their status.
    expect(ok(await bulk(bundleId, 'ADD', [italian(1)])).results).toEqual([
      { phoneNumber: italian(1), status: 'ATTACHED' },
    ]);
  });

  it('gives each bad number its own FAILED result and still processes the good ones', async () => {
    const taken = newId('bun_');
    bundles.define(taken, accountB, 'APPROVED');
    ok(await bulk(taken, 'ADD', [italian(50)], accountB));
    const bundleId = newId('bun_');
    bundles.define(bundleId, accountA, 'APPROVED');
    const reply = ok(
      await bulk(bundleId, 'ADD', [
        italian(10),
        '390144230011',
        '+4930123456',
        '+393123456789',
        italian(10),
        italian(50),
        '<script>',
        42,
      ]),
    );
    expect(reply.results.map((r) => [r.phoneNumber, r.status, r.errorCode])).toEqual([
      [italian(10), 'ATTACHED', undefined],
      ['390144230011', 'FAILED', 'INVALID_PHONE_NUMBER'],
      ['+4930123456', 'FAILED', 'WRONG_COUNTRY'],
      ['+393123456789', 'FAILED', 'WRONG_NUMBER_TYPE'],
      [italian(10), 'FAILED', 'DUPLICATE_IN_REQUEST'],
      [italian(50), 'FAILED', 'IN_ANOTHER_BUNDLE'],
      ['<script>', 'FAILED', 'INVALID_PHONE_NUMBER'],
      ['42', 'FAILED', 'INVALID_PHONE_NUMBER'],
    ]);
    for (const result of reply.results.filter((r) => r.status === 'FAILED'))
      expect(result.message).toBeTruthy();
    // The other account's number stays where it is, and account A cannot see it.
    const other = await getNumber(italian(50));
    expect(isServiceErrorReply(other) && other.error.code).toBe('NOT_FOUND');
    await until(async () => expect(ok(await getNumber(italian(50), accountB)).bundleId).toBe(taken));
  });

  it('fails every number of a DRAFT bundle, and answers NOT_FOUND for another account’s bundle', async () => {
    const draft = newId('bun_');
    bundles.define(draft, accountA, 'DRAFT');
    const reply = ok(await bulk(draft, 'ADD', [italian(20), italian(21)]));
    expect(reply.results.map((r) => r.errorCode)).toEqual(['BUNDLE_NOT_SUBMITTED', 'BUNDLE_NOT_SUBMITTED']);
    const ofB = newId('bun_');
    bundles.define(ofB, accountB, 'APPROVED');
    const notFound = await bulk(ofB, 'ADD', [italian(22)]);
    expect(isServiceErrorReply(notFound) && notFound.error).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    const list = await call('listBundlePhoneNumbers', { accountId: accountA, bundleId: ofB });
    expect(isServiceErrorReply(list) && list.error.code).toBe('NOT_FOUND');
  });

  it('refuses the request as a whole for 1,001 numbers (400) and without the acknowledgement (422)', async () => {
    const bundleId = newId('bun_');
    bundles.define(bundleId, accountA, 'APPROVED');
    const tooMany = await bulk(
      bundleId,
      'ADD',
      Array.from({ length: 1001 }, (_, i) => italian(i)),
    );
    expect(isServiceErrorReply(tooMany) && tooMany.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      status: 400,
      errors: [expect.objectContaining({ field: 'phoneNumbers' })],
    });
    const unacknowledged = await call('bulkPhoneNumbers', {
      accountId: accountA,
      bundleId,
      action: 'ADD',
      phoneNumbers: [italian(30)],
    });
    expect(isServiceErrorReply(unacknowledged) && unacknowledged.error).toMatchObject({
      code: 'ACKNOWLEDGEMENT_REQUIRED',
      status: 422,
    });
    expect(await statusOf(italian(30))).toBe('NOT_FOUND');
  });

  it('numbers added while IN_REVIEW wait, and attach by themselves on approval', async () => {
    const bundleId = newId('bun_');
    bundles.define(bundleId, accountA, 'IN_REVIEW');
    const reply = ok(await bulk(bundleId, 'ADD', [italian(100), italian(101)]));
    expect(reply.results.map((r) => r.status)).toEqual(['PENDING_ACTIVATION', 'PENDING_ACTIVATION']);
    await until(async () => expect(await statusOf(italian(100))).toBe('PENDING_ACTIVATION'));
    await bundles.changeStatus(bundleId, 'APPROVED');
    await until(async () => {
      expect(await statusOf(italian(100))).toBe('ATTACHED');
      expect(await statusOf(italian(101))).toBe('ATTACHED');
    });
  });

  it('numbers waiting on a bundle that is rejected fail, leave it and are free again', async () => {
    const bundleId = newId('bun_');
    bundles.define(bundleId, accountA, 'PENDING_REVIEW');
    ok(await bulk(bundleId, 'ADD', [italian(200)]));
    await bundles.changeStatus(bundleId, 'REJECTED');
    await until(async () => expect(await statusOf(italian(200))).toBe('FAILED'));
    await until(() => {
      const last = published
        .filter((m) => m.key === bundleId && m.value.type === 'BundlePhoneNumberCountChanged')
        .at(-1);
      expect(last?.value.data).toMatchObject({ count: 0 });
    });
    const other = newId('bun_');
    bundles.define(other, accountA, 'APPROVED');
    expect(ok(await bulk(other, 'ADD', [italian(200)])).results[0]!.status).toBe('ATTACHED');
  });

  it('suspends the numbers of an APPROVED bundle that is rejected, and brings them back on re-approval', async () => {
    const bundleId = newId('bun_');
    bundles.define(bundleId, accountA, 'APPROVED');
    ok(await bulk(bundleId, 'ADD', [italian(300)]));
    await bundles.changeStatus(bundleId, 'REJECTED');
    await until(async () => expect(await statusOf(italian(300))).toBe('SUSPENDED'));
    await bundles.changeStatus(bundleId, 'PENDING_REVIEW');
    await bundles.changeStatus(bundleId, 'APPROVED');
    await until(async () => expect(await statusOf(italian(300))).toBe('ATTACHED'));
    const history = await service.store.readStream(`phonenumber-${italian(300)}`);
    expect(history.map((e) => (e.data as { status: string }).status)).toEqual([
      'ATTACHED',
      'SUSPENDED',
      'ATTACHED',
    ]);
  });

  it('removes numbers and says when the last one left (retention input)', async () => {
    const bundleId = newId('bun_');
    bundles.define(bundleId, accountA, 'APPROVED');
    ok(await bulk(bundleId, 'ADD', [italian(400), italian(401)]));
    const reply = ok(await bulk(bundleId, 'REMOVE', [italian(400), italian(401), italian(402)]));
    expect(reply.results.map((r) => [r.status, r.errorCode])).toEqual([
      ['REMOVED', undefined],
      ['REMOVED', undefined],
      ['FAILED', 'NOT_IN_BUNDLE'],
    ]);
    await until(() => {
      const last = published
        .filter((m) => m.key === bundleId && m.value.type === 'BundlePhoneNumberCountChanged')
        .at(-1);
      expect(last?.value.data).toMatchObject({ count: 0 });
      expect(typeof last?.value.data.lastNumberLeftAt).toBe('string');
    });
  });

  it('adds 1,000 numbers in one request with a result per number', async () => {
    const bundleId = newId('bun_');
    bundles.define(bundleId, accountA, 'APPROVED');
    const numbers = Array.from({ length: 1000 }, (_, i) => `+3902${40000000 + i}`);
    const reply = ok(await bulk(bundleId, 'ADD', numbers));
    expect(reply.results).toHaveLength(1000);
    expect(reply.results.every((r, i) => r.status === 'ATTACHED' && r.phoneNumber === numbers[i])).toBe(true);
    await until(async () => {
      const page = ok(
        await call<PhoneNumberPage>('listBundlePhoneNumbers', {
          accountId: accountA,
          bundleId,
          pageSize: 100,
        }),
      );
      expect(page.data).toHaveLength(100);
      expect(page.nextPageToken).not.toBeNull();
    });
  });
});
