import { randomUUID } from 'node:crypto';
import {
  BUNDLE_PATTERNS,
  bundleTopics,
  newId,
  serviceError,
  type BundleStatus,
  type GetBundleInternalReply,
  type GetBundleInternalRequest,
} from '@compliance/contracts';
import { ensureTopics } from '@compliance/messaging';
import { eventually, testKafka, TEST_KAFKA_BROKERS } from '@compliance/testing';
import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MessagePattern, Payload, ServerKafka } from '@nestjs/microservices';
import type { Producer } from 'kafkajs';
import { ADMIN_KEY, startAccountsStack, type AccountsStack } from './accounts-harness';

/**
 * bundle-lifecycle's side of its contracts with number-assignment (`bundles.get-bundle-internal`, `BundleStatusChanged`
 * on `bundles.events`) over the real broker, for as long as that service is not on main. The number-assignment and
 * accounts services and the gateway are the real ones.
 */
class BundleLifecycleStandIn {
  private readonly bundles = new Map<string, GetBundleInternalReply & { revision: number }>();
  private app: INestMicroservice | null = null;
  private producer: Producer | null = null;

  constructor(private readonly namespace: string) {}

  async start(): Promise<void> {
    const kafka = testKafka('bundles-stand-in');
    const topics = bundleTopics(this.namespace);
    await ensureTopics(kafka, [
      { topic: topics.events, numPartitions: 3 },
      ...topics.requestTopics.map((topic) => ({ topic, numPartitions: 3 })),
      ...topics.replyTopics.map((topic) => ({ topic, numPartitions: 1 })),
    ]);
    this.producer = kafka.producer({ allowAutoTopicCreation: false });
    await this.producer.connect();
    const lookup = (request: GetBundleInternalRequest) => {
      const bundle = this.bundles.get(request?.bundleId);
      return bundle && bundle.accountId === request.accountId
        ? bundle
        : serviceError('NOT_FOUND', 404, `bundle ${request?.bundleId} not found`);
    };
    @Controller()
    class StandInController {
      @MessagePattern(topics.patterns.getBundleInternal)
      get(@Payload() request: GetBundleInternalRequest) {
        return lookup(request);
      }
    }
    @Module({ controllers: [StandInController] })
    class StandInModule {}
    this.app = await NestFactory.createMicroservice(StandInModule, {
      strategy: new ServerKafka({
        client: { clientId: 'bundles-stand-in', brokers: [...TEST_KAFKA_BROKERS], logLevel: 0 },
        consumer: { groupId: `${this.namespace}${BUNDLE_PATTERNS.getBundleInternal}.stand-in` },
        producer: { allowAutoTopicCreation: false },
        postfixId: '',
      }),
      logger: false,
    });
    await this.app.listen();
  }

  define(accountId: string, status: BundleStatus): string {
    const bundleId = newId('bun_');
    this.bundles.set(bundleId, {
      bundleId,
      accountId,
      status,
      regulationId: 'reg_01JGFJJZ000000000000000001',
      regulationVersion: 1,
      country: 'ITA',
      numberType: 'LOCAL',
      endUserType: 'BUSINESS',
      items: [],
      validUntil: null,
      failureReason: null,
      copiedFrom: null,
      revision: 0,
    });
    return bundleId;
  }

  async changeStatus(bundleId: string, status: BundleStatus): Promise<void> {
    const bundle = this.bundles.get(bundleId)!;
    const next = { ...bundle, status, revision: bundle.revision + 1 };
    this.bundles.set(bundleId, next);
    const { revision, ...snapshot } = next;
    const eventId = randomUUID();
    await this.producer!.send({
      topic: bundleTopics(this.namespace).events,
      messages: [
        {
          key: bundleId,
          value: JSON.stringify({
            eventId,
            type: 'BundleStatusChanged',
            data: {
              ...snapshot,
              previousStatus: bundle.status,
              remarks: null,
              itemFailures: [],
              occurredAt: new Date().toISOString(),
            },
            metadata: {
              accountId: bundle.accountId,
              actor: 'stf_reviewer',
              correlationId: eventId,
              causationId: null,
              occurredAt: new Date().toISOString(),
              schemaVersion: 1,
            },
            streamId: `bundle-${bundleId}`,
            revision,
            position: `1:${revision}`,
          }),
        },
      ],
    });
  }

  async stop(): Promise<void> {
    await this.app?.close();
    await this.producer?.disconnect();
  }
}

const italian = (i: number) => `+39014423${String(i).padStart(4, '0')}`;
const until = (probe: () => Promise<unknown>) =>
  eventually(async () => {
    await probe();
    return true;
  });

describe('phone numbers through the gateway', () => {
  let stack: AccountsStack;
  let bundles: BundleLifecycleStandIn;
  let accountId: string;
  let customerKey: string;
  let otherAccountId: string;
  let otherKey: string;
  const compliance = (path: string, account = accountId) => `/v1/accounts/${account}/compliance${path}`;
  const bulk = (bundleId: string, body: unknown, key = customerKey, account = accountId) =>
    stack.http('POST', compliance(`/bundles/${bundleId}/phoneNumbers/bulk`, account), { key, body });
  const add = (bundleId: string, phoneNumbers: unknown[]) =>
    bulk(bundleId, { action: 'ADD', phoneNumbers, allDetailsAccurate: true });
  const getNumber = (e164: string, key = customerKey, account = accountId) =>
    stack.http('GET', compliance(`/phoneNumbers/${encodeURIComponent(e164)}`, account), { key });
  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field).sort();

  beforeAll(async () => {
    stack = await startAccountsStack('numbers', { numbers: true });
    bundles = new BundleLifecycleStandIn(stack.namespace);
    await bundles.start();
    const created = await stack.http('POST', '/v1/admin/accounts', {
      key: ADMIN_KEY,
      body: { name: 'Num Ltd' },
    });
    expect(created.status).toBe(201);
    ({ accountId, apiKey: customerKey } = created.body as { accountId: string; apiKey: string });
    const other = await stack.http('POST', '/v1/admin/accounts', { key: ADMIN_KEY, body: { name: 'Other' } });
    expect(other.status).toBe(201);
    ({ accountId: otherAccountId, apiKey: otherKey } = other.body as { accountId: string; apiKey: string });
  });

  afterAll(async () => {
    await bundles?.stop();
    await stack?.stop();
  });

  it('attaches numbers to an APPROVED bundle (the Bandwidth guide example), lists and reads them', async () => {
    const bundleId = bundles.define(accountId, 'APPROVED');
    const response = await add(bundleId, ['+390144230024', '+390144230034']);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      results: [
        { phoneNumber: '+390144230024', status: 'ATTACHED' },
        { phoneNumber: '+390144230034', status: 'ATTACHED' },
      ],
    });
    await until(async () => {
      const list = await stack.http('GET', compliance(`/bundles/${bundleId}/phoneNumbers`), {
        key: customerKey,
      });
      expect(list.status).toBe(200);
      expect(list.body.nextPageToken).toBeNull();
      expect(
        (list.body.data as { phoneNumber: string; status: string }[]).map((n) => [n.phoneNumber, n.status]),
      ).toEqual([
        ['+390144230024', 'ATTACHED'],
        ['+390144230034', 'ATTACHED'],
      ]);
    });
    const one = await getNumber('+390144230024');
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ phoneNumber: '+390144230024', bundleId, status: 'ATTACHED' });
    expect(typeof one.body.attachedAt).toBe('string');
    // Another account sees neither the number nor the bundle.
    expect((await getNumber('+390144230024', otherKey, otherAccountId)).status).toBe(404);
    const foreign = await stack.http('GET', compliance(`/bundles/${bundleId}/phoneNumbers`, otherAccountId), {
      key: otherKey,
    });
    expect(foreign.status).toBe(404);
  });

  it('numbers added while the bundle is IN_REVIEW wait, then attach by themselves on approval', async () => {
    const bundleId = bundles.define(accountId, 'IN_REVIEW');
    const response = await add(bundleId, [italian(1), italian(2)]);
    expect(response.status).toBe(200);
    expect((response.body.results as { status: string }[]).map((r) => r.status)).toEqual([
      'PENDING_ACTIVATION',
      'PENDING_ACTIVATION',
    ]);
    await until(async () => expect((await getNumber(italian(1))).body.status).toBe('PENDING_ACTIVATION'));
    await bundles.changeStatus(bundleId, 'APPROVED');
    await until(async () => {
      expect((await getNumber(italian(1))).body.status).toBe('ATTACHED');
      expect((await getNumber(italian(2))).body.status).toBe('ATTACHED');
    });
  });

  it('answers 200 with a FAILED result per bad number: malformed, foreign, wrong type, duplicate, taken', async () => {
    const taken = bundles.define(otherAccountId, 'APPROVED');
    expect(
      (
        await bulk(
          taken,
          { action: 'ADD', phoneNumbers: [italian(90)], allDetailsAccurate: true },
          otherKey,
          otherAccountId,
        )
      ).status,
    ).toBe(200);
    const bundleId = bundles.define(accountId, 'APPROVED');
    const response = await add(bundleId, [
      italian(10),
      '0144230024',
      '+4930123456',
      '+393123456789',
      italian(10),
      italian(90),
      "'; DROP TABLE numbers.phone_numbers; --",
      { $gt: '' },
    ]);
    expect(response.status).toBe(200);
    expect(
      (response.body.results as { status: string; errorCode?: string }[]).map((r) => [r.status, r.errorCode]),
    ).toEqual([
      ['ATTACHED', undefined],
      ['FAILED', 'INVALID_PHONE_NUMBER'],
      ['FAILED', 'WRONG_COUNTRY'],
      ['FAILED', 'WRONG_NUMBER_TYPE'],
      ['FAILED', 'DUPLICATE_IN_REQUEST'],
      ['FAILED', 'IN_ANOTHER_BUNDLE'],
      ['FAILED', 'INVALID_PHONE_NUMBER'],
      ['FAILED', 'INVALID_PHONE_NUMBER'],
    ]);
    const draft = bundles.define(accountId, 'DRAFT');
    const onDraft = await add(draft, [italian(11)]);
    expect(onDraft.status).toBe(200);
    expect(onDraft.body.results[0]).toMatchObject({ status: 'FAILED', errorCode: 'BUNDLE_NOT_SUBMITTED' });
  });

  it('takes 1,000 numbers in one request (within the 1 MiB body limit), one result each, listed in pages', async () => {
    const bundleId = bundles.define(accountId, 'APPROVED');
    const numbers = Array.from({ length: 1000 }, (_, i) => `+3902${41000000 + i}`);
    const response = await add(bundleId, numbers);
    expect(response.status).toBe(200);
    const results = response.body.results as { phoneNumber: string; status: string }[];
    expect(results).toHaveLength(1000);
    expect(results.every((r, i) => r.phoneNumber === numbers[i] && r.status === 'ATTACHED')).toBe(true);
    await until(async () => {
      const seen: string[] = [];
      let token: string | null = null;
      do {
        const query: string = token === null ? '?pageSize=100' : `?pageSize=100&pageToken=${token}`;
        const page = await stack.http('GET', compliance(`/bundles/${bundleId}/phoneNumbers${query}`), {
          key: customerKey,
        });
        expect(page.status).toBe(200);
        seen.push(...(page.body.data as { phoneNumber: string }[]).map((n) => n.phoneNumber));
        token = page.body.nextPageToken as string | null;
      } while (token !== null);
      expect(seen).toEqual([...numbers].sort());
    });
  });

  it('refuses malformed requests as a whole and writes nothing', async () => {
    const bundleId = bundles.define(accountId, 'APPROVED');
    const tooMany = await add(
      bundleId,
      Array.from({ length: 1001 }, (_, i) => `+3902${40000000 + i}`),
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(tooMany.body)).toEqual(['phoneNumbers']);
    for (const body of [
      { action: 'ADD', phoneNumbers: [], allDetailsAccurate: true },
      { action: 'ADD', phoneNumbers: italian(12), allDetailsAccurate: true },
      { action: 'add', phoneNumbers: [italian(12)], allDetailsAccurate: true },
      { action: 'ADD', phoneNumbers: [italian(12)], allDetailsAccurate: true, bundleId: 'bun_x' },
      {},
    ]) {
      const response = await bulk(bundleId, body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    }
    for (const allDetailsAccurate of [undefined, false, 'true', 1]) {
      const response = await bulk(bundleId, {
        action: 'ADD',
        phoneNumbers: [italian(12)],
        allDetailsAccurate,
      });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('ACKNOWLEDGEMENT_REQUIRED');
    }
    const huge = await bulk(bundleId, {
      action: 'ADD',
      phoneNumbers: ['x'.repeat(1_100_000)],
      allDetailsAccurate: true,
    });
    expect(huge.status).toBe(413);
    expect((await getNumber(italian(12))).status).toBe(404);
  });

  it('checks keys and ids: 401 without a key, 403 on another account’s path, 404 for unknown ids', async () => {
    const bundleId = bundles.define(accountId, 'APPROVED');
    const body = { action: 'ADD', phoneNumbers: [italian(13)], allDetailsAccurate: true };
    expect(
      (await stack.http('POST', compliance(`/bundles/${bundleId}/phoneNumbers/bulk`), { body })).status,
    ).toBe(401);
    expect((await bulk(bundleId, body, otherKey)).status).toBe(403);
    expect((await bulk(bundleId, body, otherKey, otherAccountId)).status).toBe(404);
    expect((await bulk('bun_not-an-id', body)).status).toBe(404);
    expect((await bulk(newId('bun_'), body)).status).toBe(404);
    expect((await getNumber('not-a-number')).status).toBe(404);
    expect((await getNumber(italian(9999))).status).toBe(404);
    const badPage = await stack.http('GET', compliance(`/bundles/${bundleId}/phoneNumbers?pageSize=0`), {
      key: customerKey,
    });
    expect(badPage.status).toBe(400);
    const badToken = await stack.http('GET', compliance(`/bundles/${bundleId}/phoneNumbers?pageToken=abc`), {
      key: customerKey,
    });
    expect(badToken.status).toBe(400);
    expect((await getNumber(italian(13))).status).toBe(404);
  });

  it('describes every phone-number endpoint and the number-type mapping in the OpenAPI document', async () => {
    const docs = await stack.http('GET', '/docs-json');
    expect(docs.status).toBe(200);
    const paths = docs.body.paths as Record<string, Record<string, { description?: string }>>;
    const base = '/v1/accounts/{accountId}/compliance';
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        `${base}/bundles/{bundleId}/phoneNumbers/bulk`,
        `${base}/bundles/{bundleId}/phoneNumbers`,
        `${base}/phoneNumbers/{phoneNumber}`,
        `${base}/phoneNumbers/{phoneNumber}/history`,
      ]),
    );
    const bulkDoc = paths[`${base}/bundles/{bundleId}/phoneNumbers/bulk`]?.post?.description ?? '';
    expect(bulkDoc).toContain('FIXED_LINE_OR_MOBILE');
    expect(bulkDoc).toContain('NATIONAL');
  });

  it('removes numbers: REMOVED, then NOT_IN_BUNDLE', async () => {
    const bundleId = bundles.define(accountId, 'APPROVED');
    expect((await add(bundleId, [italian(20)])).status).toBe(200);
    const body = { action: 'REMOVE', phoneNumbers: [italian(20)], allDetailsAccurate: true };
    expect((await bulk(bundleId, body)).body.results).toEqual([
      { phoneNumber: italian(20), status: 'REMOVED' },
    ]);
    expect((await bulk(bundleId, body)).body.results[0]).toMatchObject({
      status: 'FAILED',
      errorCode: 'NOT_IN_BUNDLE',
    });
    await until(async () => expect((await getNumber(italian(20))).body.status).toBe('REMOVED'));
    // The number is free: another account takes it, and each account sees only its own part of the history.
    const theirs = bundles.define(otherAccountId, 'APPROVED');
    const taken = await bulk(
      theirs,
      { action: 'ADD', phoneNumbers: [italian(20)], allDetailsAccurate: true },
      otherKey,
      otherAccountId,
    );
    expect(taken.body.results[0]).toMatchObject({ status: 'ATTACHED' });
    const history = (key: string, account: string) =>
      stack.http('GET', compliance(`/phoneNumbers/${encodeURIComponent(italian(20))}/history`, account), {
        key,
      });
    const ours = await history(customerKey, accountId);
    expect(ours.status).toBe(200);
    expect(
      (ours.body.data as { status: string; reason: string; previousStatus: string | null }[]).map((c) => [
        c.previousStatus,
        c.status,
        c.reason,
      ]),
    ).toEqual([
      [null, 'ATTACHED', 'ADDED'],
      ['ATTACHED', 'REMOVED', 'REMOVED'],
    ]);
    const other = await history(otherKey, otherAccountId);
    expect(other.body.data).toEqual([
      expect.objectContaining({
        bundleId: theirs,
        previousStatus: null,
        status: 'ATTACHED',
        reason: 'ADDED',
      }),
    ]);
    expect((await history(customerKey, accountId)).body.data).toHaveLength(2);
    const never = await stack.http(
      'GET',
      compliance(`/phoneNumbers/${encodeURIComponent(italian(21))}/history`),
      {
        key: customerKey,
      },
    );
    expect(never.status).toBe(404);
  });
});
