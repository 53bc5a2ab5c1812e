import { randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  identityTopics,
  isServiceErrorReply,
  newUlid,
  type BundleItemRef,
  type BundleStatus,
  type CopyAssetsReply,
  type GetAssetsForEvaluationReply,
} from '@compliance/contracts';
import { eventually, testKafka, uniqueName } from '@compliance/testing';
import type { Consumer, Producer } from 'kafkajs';
import { ADMIN_KEY, startAccountsStack, type AccountsStack } from './accounts-harness';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5a2e6a50000000049454e44ae426082',
  'hex',
);

/** Polls until the assertions pass (eventually() waits for a value, so this returns one). */
async function until(assertions: () => unknown, timeoutMs = 15_000): Promise<void> {
  await eventually(
    async () => {
      await assertions();
      return true;
    },
    { timeoutMs },
  );
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * Asset status, locks, file retention and erasure driven by contract-shaped `bundles.events` and `numbers.events`
 * published to the stack's namespace on the real broker; the internal patterns of bundle-lifecycle over Kafka.
 */
describe('identity assets: bundles, locks, retention, erasure, copies', () => {
  const kafka = testKafka('identity-lifecycle');
  let stack: AccountsStack;
  let producer: Producer;
  let replies: Consumer;
  let events: Consumer;
  const published: { type: string; data: Record<string, unknown> }[] = [];
  const waiting = new Map<string, (value: unknown) => void>();
  let accountId: string;
  let customerKey: string;
  let otherAccountId: string;
  let otherKey: string;
  const compliance = (rest: string, account = accountId) => `/v1/accounts/${account}/compliance${rest}`;
  const get = (rest: string) => stack.http('GET', compliance(rest), { key: customerKey });

  async function publish(
    topic: 'bundles.events' | 'numbers.events',
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
        actor: 'test',
        correlationId: eventId,
        causationId: null,
        occurredAt: new Date().toISOString(),
        schemaVersion: 1,
      },
      streamId: `test-${key}`,
      revision,
      position: String(revision),
    };
    await producer.send({
      topic: `${stack.namespace}${topic}`,
      messages: [{ key, value: JSON.stringify(envelope) }],
    });
    return eventId;
  }

  const bundleEvent = (
    bundleId: string,
    status: BundleStatus,
    items: BundleItemRef[],
    extra: object = {},
  ) => ({
    bundleId,
    accountId,
    status,
    regulationId: 'reg_01JGFJJZ000000000000000000',
    regulationVersion: 1,
    country: 'DEU',
    numberType: 'LOCAL',
    endUserType: 'INDIVIDUAL',
    items,
    validUntil: null,
    failureReason: null,
    copiedFrom: null,
    occurredAt: new Date().toISOString(),
    previousStatus: 'DRAFT',
    remarks: null,
    itemFailures: [],
    ...extra,
  });

  async function request<T>(pattern: 'getAssetsForEvaluation' | 'copyAssets', payload: unknown): Promise<T> {
    const topic = identityTopics(stack.namespace).patterns[pattern];
    const id = randomUUID();
    const reply = new Promise<unknown>((resolve) => waiting.set(id, resolve));
    await producer.send({
      topic,
      messages: [
        {
          value: JSON.stringify(payload),
          headers: {
            kafka_correlationId: id,
            kafka_replyTopic: `${topic}.reply`,
            kafka_replyPartition: '0',
            'x-request-id': id,
            'x-correlation-id': id,
            'x-actor': 'bundle-lifecycle',
          },
        },
      ],
    });
    return (await reply) as T;
  }

  async function createEndUser(name: string) {
    const created = await stack.http('POST', compliance('/endUsers'), {
      key: customerKey,
      body: { type: 'INDIVIDUAL', friendlyName: name, fields: { firstName: name, lastName: 'Tester' } },
    });
    expect(created.status).toBe(201);
    return created.body.endUserId as string;
  }

  async function createDocument(type: string, fields: Record<string, string>, endUserId: string | null) {
    const form = new FormData();
    form.append('metadata', JSON.stringify({ type, friendlyName: `${type} doc`, fields, endUserId }));
    form.append('file', new Blob([PNG], { type: 'image/png' }), `${type}.png`);
    const response = await fetch(`${stack.baseUrl}${compliance('/documents')}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${customerKey}` },
      body: form,
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { documentId: string }).documentId;
  }

  beforeAll(async () => {
    stack = await startAccountsStack('identity_lifecycle', { identity: true });
    const created = await stack.http('POST', '/v1/admin/accounts', {
      key: ADMIN_KEY,
      body: { name: 'Life Ltd' },
    });
    ({ accountId, apiKey: customerKey } = created.body as { accountId: string; apiKey: string });
    const other = await stack.http('POST', '/v1/admin/accounts', { key: ADMIN_KEY, body: { name: 'Other' } });
    ({ accountId: otherAccountId, apiKey: otherKey } = other.body as { accountId: string; apiKey: string });
    producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    const topics = identityTopics(stack.namespace);
    replies = kafka.consumer({ groupId: uniqueName('identity-requester') });
    await replies.connect();
    await replies.subscribe({ topics: topics.replyTopics, fromBeginning: false });
    events = kafka.consumer({ groupId: uniqueName('identity-events') });
    await events.connect();
    await events.subscribe({ topic: topics.events, fromBeginning: true });
    let assigned = false;
    replies.on(replies.events.GROUP_JOIN, () => {
      assigned = true;
    });
    await replies.run({
      eachMessage: ({ message }) => {
        const id = message.headers?.kafka_correlationId?.toString();
        const resolve = id === undefined ? undefined : waiting.get(id);
        if (resolve && message.value) resolve(JSON.parse(message.value.toString()));
        return Promise.resolve();
      },
    });
    await events.run({
      eachMessage: ({ message }) => {
        published.push(
          JSON.parse(message.value!.toString()) as { type: string; data: Record<string, unknown> },
        );
        return Promise.resolve();
      },
    });
    await until(() => expect(assigned).toBe(true), 30_000);
  });

  afterAll(async () => {
    await replies?.disconnect();
    await events?.disconnect();
    await producer?.disconnect();
    await stack?.stop();
  });

  it('follows the bundles: PENDING_REVIEW locks (409 ASSET_LOCKED), REJECTED carries the reason, APPROVED deletes files of types that say so', async () => {
    const endUserId = await createEndUser('Locky');
    const address = await stack.http('POST', compliance('/addresses'), {
      key: customerKey,
      body: {
        customerName: 'Locky Tester',
        street: 'Hauptstraße 1',
        city: 'Berlin',
        postalCode: '10115',
        country: 'DE',
        endUserId,
      },
    });
    const addressId = address.body.addressId as string;
    const passportId = await createDocument(
      'passport',
      {
        firstName: 'Locky',
        lastName: 'Tester',
        documentNumber: 'C01X00T47',
        issuingCountry: 'DE',
        dateOfBirth: '1990-01-01',
        expirationDate: '2031-01-01',
      },
      endUserId,
    );
    const idCardId = await createDocument(
      'germanIdentityCard',
      { firstName: 'Locky', lastName: 'Tester' },
      endUserId,
    );
    const bundleId = `bun_${newUlid()}`;
    const items: BundleItemRef[] = [
      { itemId: `itm_${newUlid()}`, assetType: 'END_USER', assetId: endUserId },
      { itemId: `itm_${newUlid()}`, assetType: 'ADDRESS', assetId: addressId },
      { itemId: `itm_${newUlid()}`, assetType: 'DOCUMENT', assetId: passportId },
      { itemId: `itm_${newUlid()}`, assetType: 'DOCUMENT', assetId: idCardId },
    ];

    await publish(
      'bundles.events',
      bundleId,
      'BundleStatusChanged',
      bundleEvent(bundleId, 'PENDING_REVIEW', items),
      5,
    );
    await until(async () => expect((await get(`/endUsers/${endUserId}`)).body.status).toBe('PENDING_REVIEW'));
    const locked = await stack.http('PATCH', compliance(`/endUsers/${endUserId}`), {
      key: customerKey,
      body: { friendlyName: 'x' },
    });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('ASSET_LOCKED');
    expect(
      (await stack.http('DELETE', compliance(`/addresses/${addressId}`), { key: customerKey })).body.code,
    ).toBe('ASSET_LOCKED');
    expect(
      (
        await stack.http('PATCH', compliance(`/documents/${passportId}`), {
          key: customerKey,
          body: { friendlyName: 'y' },
        })
      ).status,
    ).toBe(409);
    expect((await get(`/endUsers/${endUserId}`)).body.friendlyName).toBe('Locky');

    // An older snapshot delivered late changes nothing.
    const lateId = await publish(
      'bundles.events',
      bundleId,
      'BundleItemRemoved',
      { ...bundleEvent(bundleId, 'DRAFT', []), item: items[0] },
      3,
    );
    await until(async () => {
      const { rowCount } = await stack.db.pool.query(
        'SELECT 1 FROM messaging.processed_events WHERE consumer = $1 AND event_id = $2',
        ['identity.bundle-view', lateId],
      );
      expect(rowCount).toBe(1);
    });
    expect((await get(`/endUsers/${endUserId}`)).body.status).toBe('PENDING_REVIEW');
    expect(
      (await stack.http('DELETE', compliance(`/endUsers/${endUserId}`), { key: customerKey })).status,
    ).toBe(409);
    const passportItem = items[2]!;
    await publish(
      'bundles.events',
      bundleId,
      'BundleStatusChanged',
      bundleEvent(bundleId, 'REJECTED', items, {
        previousStatus: 'IN_REVIEW',
        remarks: 'Fix it',
        itemFailures: [{ ...passportItem, failureReason: 'The photo page is unreadable.' }],
      }),
      7,
    );
    await until(async () =>
      expect((await get(`/documents/${passportId}`)).body).toMatchObject({
        status: 'REJECTED',
        failureReason: 'The photo page is unreadable.',
      }),
    );
    expect((await get(`/endUsers/${endUserId}`)).body.status).toBe('REJECTED');
    const unlocked = await stack.http('PATCH', compliance(`/endUsers/${endUserId}`), {
      key: customerKey,
      body: { friendlyName: 'Locky II' },
    });
    expect(unlocked.status).toBe(200);

    const approvedId = await publish(
      'bundles.events',
      bundleId,
      'BundleStatusChanged',
      bundleEvent(bundleId, 'APPROVED', items, { previousStatus: 'IN_REVIEW' }),
      9,
    );
    await until(async () =>
      expect((await get(`/documents/${idCardId}`)).body).toMatchObject({
        status: 'APPROVED',
        fileContentExists: false,
      }),
    );
    for (const id of [endUserId, addressId]) {
      const kind = id.startsWith('eu_') ? 'endUsers' : 'addresses';
      expect((await get(`/${kind}/${id}`)).body.status).toBe('APPROVED');
    }
    const idCardFile = await fetch(`${stack.baseUrl}${compliance(`/documents/${idCardId}/file`)}`, {
      headers: { authorization: `Bearer ${customerKey}` },
    });
    expect(idCardFile.status).toBe(404);
    expect((await get(`/documents/${passportId}`)).body).toMatchObject({
      status: 'APPROVED',
      fileContentExists: true,
    });
    // The same event again (redelivery) changes nothing.
    await publish(
      'bundles.events',
      bundleId,
      'BundleStatusChanged',
      bundleEvent(bundleId, 'APPROVED', items),
      9,
      approvedId,
    );
    expect((await get(`/documents/${passportId}`)).body.fileContentExists).toBe(true);
    // Another account's bundle naming these assets changes nothing of theirs for the other account.
    expect(
      (await stack.http('GET', compliance(`/endUsers/${endUserId}`, otherAccountId), { key: otherKey }))
        .status,
    ).toBe(404);
  });

  it('answers the internal evaluation query with decrypted assets of one account, and copies assets idempotently', async () => {
    const endUserId = await createEndUser('Copy');
    const documentId = await createDocument(
      'passport',
      {
        firstName: 'Copy',
        lastName: 'Tester',
        documentNumber: 'P1234567',
        issuingCountry: 'DE',
        dateOfBirth: '1990-01-01',
        expirationDate: '2031-01-01',
      },
      endUserId,
    );
    const otherEndUser = await stack.http('POST', compliance('/endUsers', otherAccountId), {
      key: otherKey,
      body: { type: 'INDIVIDUAL', friendlyName: 'Foreign', fields: { firstName: 'Foreign' } },
    });
    const foreignId = otherEndUser.body.endUserId as string;

    const evaluation = await request<GetAssetsForEvaluationReply>('getAssetsForEvaluation', {
      accountId,
      assets: [
        { assetType: 'END_USER', assetId: endUserId },
        { assetType: 'DOCUMENT', assetId: documentId },
        { assetType: 'END_USER', assetId: foreignId },
        { assetType: 'ADDRESS', assetId: 'adr_01JGFJJZ000000000000000000' },
      ],
    });
    expect(evaluation.endUsers).toEqual([
      { endUserId, type: 'INDIVIDUAL', erased: false, fields: { firstName: 'Copy', lastName: 'Tester' } },
    ]);
    expect(evaluation.documents).toEqual([
      expect.objectContaining({
        documentId,
        type: 'passport',
        erased: false,
        fileContentExists: true,
        mimeType: 'image/png',
        fields: expect.objectContaining({ documentNumber: 'P1234567' }),
      }),
    ]);
    expect(evaluation.missing).toEqual([
      { assetType: 'END_USER', assetId: foreignId },
      { assetType: 'ADDRESS', assetId: 'adr_01JGFJJZ000000000000000000' },
    ]);

    const commandId = newUlid();
    const assets = [
      { assetType: 'END_USER', assetId: endUserId },
      { assetType: 'DOCUMENT', assetId: documentId },
    ];
    const copied = await request<CopyAssetsReply>('copyAssets', { commandId, accountId, assets });
    expect(isServiceErrorReply(copied)).toBe(false);
    expect(copied.copies).toHaveLength(2);
    const [endUserCopy, documentCopy] = copied.copies;
    expect(endUserCopy).toMatchObject({
      assetType: 'END_USER',
      sourceAssetId: endUserId,
      assetId: expect.stringMatching(/^eu_[0-9A-Z]{26}$/),
    });
    const copyView = await get(`/endUsers/${endUserCopy!.assetId}`);
    expect(copyView.body).toMatchObject({
      friendlyName: 'Copy',
      fields: { firstName: 'Copy', lastName: 'Tester' },
      copiedFrom: endUserId,
      status: 'DRAFT',
    });
    const docCopy = await get(`/documents/${documentCopy!.assetId}`);
    expect(docCopy.body).toMatchObject({
      endUserId: endUserCopy!.assetId,
      copiedFrom: documentId,
      fileContentExists: true,
      mimeType: 'image/png',
    });
    const copiedFile = await fetch(
      `${stack.baseUrl}${compliance(`/documents/${documentCopy!.assetId}/file`)}`,
      { headers: { authorization: `Bearer ${customerKey}` } },
    );
    expect(Buffer.from(await copiedFile.arrayBuffer()).equals(PNG)).toBe(true);

    const before = (await get('/endUsers?pageSize=100')).body.data.length as number;
    const again = await request<CopyAssetsReply>('copyAssets', { commandId, accountId, assets });
    expect(again).toEqual(copied);
    expect((await get('/endUsers?pageSize=100')).body.data).toHaveLength(before);

    const refused = await request<unknown>('copyAssets', {
      commandId: newUlid(),
      accountId,
      assets: [...assets, { assetType: 'END_USER', assetId: foreignId }],
    });
    expect(isServiceErrorReply(refused) && refused.error.code).toBe('NOT_FOUND');
    expect((await get('/endUsers?pageSize=100')).body.data).toHaveLength(before);
  });

  it('erases an end user (ADMIN) unless a retention hold applies; then their data reads as erased everywhere', async () => {
    const endUserId = await createEndUser('Eraseme');
    const address = await stack.http('POST', compliance('/addresses'), {
      key: customerKey,
      body: {
        customerName: 'Eraseme Tester',
        street: 'Weg 2',
        city: 'Berlin',
        postalCode: '10115',
        country: 'DE',
        endUserId,
      },
    });
    const addressId = address.body.addressId as string;
    const documentId = await createDocument(
      'passport',
      {
        firstName: 'Eraseme',
        lastName: 'Tester',
        documentNumber: 'E1234567',
        issuingCountry: 'DE',
        dateOfBirth: '1990-01-01',
        expirationDate: '2031-01-01',
      },
      endUserId,
    );
    const storedBefore = filesUnder(stack.identity!.fileDir).length;
    const bundleId = `bun_${newUlid()}`;
    // Only the address is in the bundle: the hold covers what is sealed with the end user's key too.
    const items: BundleItemRef[] = [{ itemId: `itm_${newUlid()}`, assetType: 'ADDRESS', assetId: addressId }];
    await publish(
      'bundles.events',
      bundleId,
      'BundleStatusChanged',
      bundleEvent(bundleId, 'APPROVED', items),
      4,
    );
    const counts = { bundleId, accountId, occurredAt: new Date().toISOString() };
    await publish(
      'numbers.events',
      bundleId,
      'BundlePhoneNumberCountChanged',
      { ...counts, count: 2, lastNumberLeftAt: null },
      1,
    );
    const erase = (key = ADMIN_KEY, id = endUserId) =>
      stack.http('POST', `/v1/admin/endUsers/${id}/erase`, { key });

    // The view of other services' events is eventually consistent: wait until it holds each published count.
    const numbersApplied = (revision: number) =>
      until(async () => {
        const { rows } = await stack.db.pool.query<{ revision: string }>(
          'SELECT revision FROM identity.bundle_numbers WHERE bundle_id = $1',
          [bundleId],
        );
        expect(Number(rows[0]?.revision)).toBe(revision);
      });
    await until(async () => expect((await get(`/addresses/${addressId}`)).body.status).toBe('APPROVED'));
    await numbersApplied(1);
    const withNumbers = await erase();
    expect(withNumbers.status).toBe(409);
    expect(withNumbers.body.code).toBe('RETENTION_HOLD');
    await publish(
      'numbers.events',
      bundleId,
      'BundlePhoneNumberCountChanged',
      { ...counts, count: 0, lastNumberLeftAt: new Date().toISOString() },
      2,
    );
    await numbersApplied(2);
    const recent = await erase();
    expect(recent.status).toBe(409);
    expect(recent.body.detail).toMatch(/2 years/);
    expect((await get(`/endUsers/${endUserId}`)).body.erased).toBe(false);
    const longAgo = new Date(Date.now() - 3 * 366 * 24 * 3600 * 1000).toISOString();
    await publish(
      'numbers.events',
      bundleId,
      'BundlePhoneNumberCountChanged',
      { ...counts, count: 0, lastNumberLeftAt: longAgo },
      3,
    );
    await numbersApplied(3);
    expect((await erase(customerKey)).status).toBe(403);
    expect((await erase(ADMIN_KEY, 'eu_01JGFJJZ000000000000000000')).status).toBe(404);

    const erased = await erase();
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({
      endUserId,
      erased: true,
      friendlyName: '[ERASED]',
      customReference: '[ERASED]',
      fields: {},
    });
    expect((await get(`/endUsers/${endUserId}`)).body).toMatchObject({
      erased: true,
      friendlyName: '[ERASED]',
      fields: {},
    });
    expect((await get(`/addresses/${addressId}`)).body).toMatchObject({
      erased: true,
      street: '[ERASED]',
      customerName: '[ERASED]',
      country: '[ERASED]',
    });
    expect((await get(`/documents/${documentId}`)).body).toMatchObject({
      erased: true,
      fields: {},
      fileName: '[ERASED]',
      fileContentExists: false,
    });
    const file = await fetch(`${stack.baseUrl}${compliance(`/documents/${documentId}/file`)}`, {
      headers: { authorization: `Bearer ${customerKey}` },
    });
    expect(file.status).toBe(404);
    expect((await erase()).status).toBe(200);
    expect(
      (
        await stack.http('PATCH', compliance(`/endUsers/${endUserId}`), {
          key: customerKey,
          body: { friendlyName: 'back' },
        })
      ).status,
    ).toBe(409);

    const evaluation = await request<GetAssetsForEvaluationReply>('getAssetsForEvaluation', {
      accountId,
      assets: [
        { assetType: 'END_USER', assetId: endUserId },
        { assetType: 'DOCUMENT', assetId: documentId },
      ],
    });
    expect(evaluation.endUsers).toEqual([{ endUserId, type: 'INDIVIDUAL', erased: true, fields: {} }]);
    expect(evaluation.documents[0]).toMatchObject({ erased: true, fields: {}, fileContentExists: false });

    // The audit trail is still there (ciphertext), the key is gone, the file blob is gone.
    const { rows } = await stack.db.pool.query<{ type: string }>(
      `SELECT type FROM event_store.events WHERE stream_id = $1 ORDER BY revision`,
      [`identity_enduser-${endUserId}`],
    );
    expect(rows.map((r) => r.type)).toEqual(['EndUserCreated', 'EndUserErased']);
    const keys = await stack.db.pool.query<{ wrapped_key: Buffer | null; destroyed_at: Date | null }>(
      'SELECT wrapped_key, destroyed_at FROM identity.data_keys WHERE subject_id = $1',
      [endUserId],
    );
    expect(keys.rows).toEqual([{ wrapped_key: null, destroyed_at: expect.any(Date) }]);
    expect(filesUnder(stack.identity!.fileDir).length).toBe(storedBefore - 1);
    await until(() =>
      expect(published).toContainEqual(
        expect.objectContaining({
          type: 'EndUserErased',
          data: expect.objectContaining({ endUserId, accountId }),
        }),
      ),
    );
  });
});
