import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  bundleTopics,
  newId,
  type BundleIntegrationEvent,
  type BundleSnapshotV1,
  type BundleStatus,
} from '@compliance/contracts';
import type { RecordedEvent } from '@compliance/event-store';
import { ACKS_ALL, createIdempotentProducer, toKafkaMessage } from '@compliance/messaging';
import { eventually, testKafka } from '@compliance/testing';
import type { Producer } from 'kafkajs';
import { ADMIN_KEY, startAccountsStack, type AccountsStack } from './accounts-harness';

interface Delivery {
  headers: IncomingHttpHeaders;
  rawBody: string;
  body: Record<string, unknown>;
  answer: number;
}

interface NotificationBody {
  eventId: string;
  bundleId: string;
  channel: string;
  target: string;
  status: string;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  attempts: { attempt: number; outcome: string; statusCode: number | null; durationMs: number }[];
}

/** A customer's endpoint: a real HTTP server that refuses the first delivery of each event with a 500. */
async function startReceiver(): Promise<{ server: Server; url: string; deliveries: Delivery[] }> {
  const deliveries: Delivery[] = [];
  const seen = new Set<string>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const body = JSON.parse(rawBody) as Record<string, unknown>;
      const eventId = String(body.eventId);
      const answer = seen.has(eventId) ? 204 : 500;
      seen.add(eventId);
      deliveries.push({ headers: req.headers, rawBody, body, answer });
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/compliance-hooks`,
    deliveries,
  };
}

/** The check API.md and the README describe, done the way a customer's code does it. */
function signatureIsValid(headers: IncomingHttpHeaders, rawBody: string, secret: string): boolean {
  const header = String(headers['x-compliance-signature'] ?? '');
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Bundle notifications through the gateway: the accounts and notifications services run as their own processes; an
 * account made through the API gives the signing secret, and bundle events are published on the bundles topic in
 * the shape bundle-lifecycle publishes them (its contract), with their store envelope.
 */
describe('notifications through the gateway', () => {
  let stack: AccountsStack;
  let producer: Producer;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let accountId: string;
  let customerKey: string;
  let secret: string;
  let otherAccountId: string;
  let otherKey: string;
  const bundleId = newId('bun_');
  const otherBundleId = newId('bun_');
  const eventIds: string[] = [];
  const revisions = new Map<string, number>();
  const path = (account: string, bundle: string, query = '') =>
    `/v1/accounts/${account}/compliance/bundles/${bundle}/notifications${query}`;
  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field).sort();

  const publish = async (event: BundleIntegrationEvent): Promise<string> => {
    const streamId = `bundle-${event.data.bundleId}`;
    const revision = (revisions.get(streamId) ?? -1) + 1;
    revisions.set(streamId, revision);
    const recorded: RecordedEvent = {
      eventId: randomUUID(),
      type: event.type,
      data: event.data,
      metadata: {
        accountId: event.data.accountId,
        actor: 'e2e',
        correlationId: randomUUID(),
        causationId: null,
        occurredAt: new Date().toISOString(),
        schemaVersion: 1,
      },
      streamId,
      revision,
      position: String(revision),
    };
    await producer.send({
      topic: bundleTopics(stack.namespace).events,
      acks: ACKS_ALL,
      messages: [toKafkaMessage(recorded)],
    });
    return recorded.eventId;
  };
  const snapshot = (account: string, bundle: string, status: BundleStatus): BundleSnapshotV1 => ({
    bundleId: bundle,
    accountId: account,
    status,
    regulationId: newId('reg_'),
    regulationVersion: 1,
    country: 'DEU',
    numberType: 'LOCAL',
    endUserType: 'BUSINESS',
    items: [],
    validUntil: null,
    failureReason: null,
    copiedFrom: null,
    occurredAt: new Date().toISOString(),
  });
  const statusChange = (from: BundleStatus, to: BundleStatus, account = accountId, bundle = bundleId) =>
    publish({
      type: 'BundleStatusChanged',
      data: { ...snapshot(account, bundle, to), previousStatus: from, remarks: null, itemFailures: [] },
    });

  beforeAll(async () => {
    receiver = await startReceiver();
    stack = await startAccountsStack('notifications', {
      notifications: true,
      notificationsEnv: {
        NOTIFICATIONS_RETRY_INITIAL_MS: '100',
        NOTIFICATIONS_RETRY_MAX_MS: '500',
        WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      },
    });
    producer = createIdempotentProducer(testKafka('notifications-e2e'));
    await producer.connect();
    const created = await stack.http('POST', '/v1/admin/accounts', {
      key: ADMIN_KEY,
      body: { name: 'Hook Ltd' },
    });
    expect(created.status).toBe(201);
    ({
      accountId,
      apiKey: customerKey,
      webhookSigningSecret: secret,
    } = created.body as { accountId: string; apiKey: string; webhookSigningSecret: string });
    const other = await stack.http('POST', '/v1/admin/accounts', {
      key: ADMIN_KEY,
      body: { name: 'Other Ltd' },
    });
    expect(other.status).toBe(201);
    ({ accountId: otherAccountId, apiKey: otherKey } = other.body as { accountId: string; apiKey: string });

    for (const [account, bundle] of [
      [accountId, bundleId],
      [otherAccountId, otherBundleId],
    ] as const) {
      await publish({
        type: 'BundleCreated',
        data: {
          ...snapshot(account, bundle, 'DRAFT'),
          statusCallback: receiver.url,
          email: 'ops@example.com',
        },
      });
    }
    eventIds.push(await statusChange('DRAFT', 'PENDING_REVIEW'));
    eventIds.push(await statusChange('PENDING_REVIEW', 'IN_REVIEW'));
    eventIds.push(await statusChange('IN_REVIEW', 'APPROVED'));
    await statusChange('DRAFT', 'PENDING_REVIEW', otherAccountId, otherBundleId);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await stack?.stop();
    await new Promise<void>((resolve) => receiver.server.close(() => resolve()));
  });

  it('POSTs each status change to statusCallback, signed with the secret the account got, in order, after a 500', async () => {
    await eventually(
      () =>
        eventIds.every((id) => receiver.deliveries.some((d) => d.body.eventId === id && d.answer === 204))
          ? true
          : undefined,
      { timeoutMs: 30_000 },
    );
    const ours = receiver.deliveries.filter((d) => d.body.bundleId === bundleId);
    expect(ours.map((d) => [d.body.eventId, d.answer])).toEqual(
      eventIds.flatMap((id) => [
        [id, 500],
        [id, 204],
      ]),
    );
    for (const delivery of ours) {
      expect(signatureIsValid(delivery.headers, delivery.rawBody, secret)).toBe(true);
      expect(delivery.headers['x-compliance-event-id']).toBe(delivery.body.eventId);
    }
    expect(ours.at(-1)?.body).toEqual({
      eventId: eventIds[2],
      accountId,
      bundleId,
      status: 'APPROVED',
      validUntil: null,
      failureReason: null,
      remarks: null,
      occurredAt: expect.any(String) as string,
    });
    // The other account's deliveries are signed with its own secret, not this one.
    const theirs = receiver.deliveries.find((d) => d.body.bundleId === otherBundleId);
    expect(theirs && signatureIsValid(theirs.headers, theirs.rawBody, secret)).toBe(false);
  });

  it('lists the notifications with their delivery log, oldest first, paged', async () => {
    const all = await eventually(
      async () => {
        const page = await stack.http('GET', path(accountId, bundleId, '?pageSize=100'), {
          key: customerKey,
        });
        const data = (page.body as { data?: NotificationBody[] }).data ?? [];
        return page.status === 200 && data.length === 3 && data.every((n) => n.status === 'DELIVERED')
          ? data
          : undefined;
      },
      { timeoutMs: 30_000 },
    );
    expect(all.map((n) => n.eventId)).toEqual(eventIds);
    for (const n of all) {
      expect(n).toMatchObject({ bundleId, channel: 'WEBHOOK', target: receiver.url, nextAttemptAt: null });
      expect(n.deliveredAt).toEqual(expect.any(String));
      expect(n.attempts.map((a) => [a.attempt, a.outcome, a.statusCode])).toEqual([
        [1, 'FAILED', 500],
        [2, 'DELIVERED', 204],
      ]);
    }

    const first = await stack.http('GET', path(accountId, bundleId, '?pageSize=2'), { key: customerKey });
    expect(first.status).toBe(200);
    const firstBody = first.body as { data: NotificationBody[]; nextPageToken: string | null };
    expect(firstBody.data.map((n) => n.eventId)).toEqual(eventIds.slice(0, 2));
    expect(firstBody.nextPageToken).toEqual(expect.any(String));
    const second = await stack.http(
      'GET',
      path(accountId, bundleId, `?pageSize=2&pageToken=${encodeURIComponent(firstBody.nextPageToken ?? '')}`),
      { key: customerKey },
    );
    expect(second.status).toBe(200);
    expect(second.body).toEqual({
      data: [expect.objectContaining({ eventId: eventIds[2] })],
      nextPageToken: null,
    });

    const staff = await stack.http('GET', path(accountId, bundleId), { key: ADMIN_KEY });
    expect(staff.status).toBe(200);
    expect((staff.body as { data: unknown[] }).data).toHaveLength(3);
  });

  it('answers 401 without a valid key, 403 for a customer key on another account, 404 for other ids', async () => {
    expect((await stack.http('GET', path(accountId, bundleId))).status).toBe(401);
    expect((await stack.http('GET', path(accountId, bundleId), { key: 'ck_live_not_a_key' })).status).toBe(
      401,
    );

    const foreignPath = await stack.http('GET', path(otherAccountId, otherBundleId), { key: customerKey });
    expect(foreignPath.status).toBe(403);
    expect(foreignPath.body).toMatchObject({ code: 'FORBIDDEN' });

    // Another account's bundle under one's own account: exactly like an unknown bundle, for customers and staff.
    for (const key of [customerKey, ADMIN_KEY]) {
      const foreignBundle = await stack.http('GET', path(accountId, otherBundleId), { key });
      expect(foreignBundle.status).toBe(404);
      expect(foreignBundle.headers.get('content-type')).toContain('application/problem+json');
      expect(foreignBundle.body).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    }
    const unknown = await stack.http('GET', path(accountId, newId('bun_')), { key: customerKey });
    expect(unknown.status).toBe(404);
    // Its own bundle is visible to its own key, and not listed under the first account.
    const own = await stack.http('GET', path(otherAccountId, otherBundleId), { key: otherKey });
    expect(own.status).toBe(200);
  });

  it.each([
    ['a malformed bundle id', 'not-a-bundle'],
    ['another prefix', newId('reg_')],
    ['SQL in the id', encodeURIComponent("bun_' OR '1'='1")],
    ['an oversized id', `bun_${'A'.repeat(5000)}`],
    ['a path traversal', '..%2F..%2Fadmin'],
  ])('answers 404 for %s', async (_name, bundle) => {
    const response = await stack.http('GET', path(accountId, bundle), { key: customerKey });
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'NOT_FOUND' });
  });

  it.each([
    ['pageSize=0', 'pageSize=0', ['pageSize']],
    ['pageSize=101', 'pageSize=101', ['pageSize']],
    ['pageSize=abc', 'pageSize=abc', ['pageSize']],
    ['pageSize=2.5', 'pageSize=2.5', ['pageSize']],
    ['a 600-character pageToken', `pageToken=${'x'.repeat(600)}`, ['pageToken']],
    [
      'pageSize=0 and a 513-character pageToken',
      `pageSize=0&pageToken=${'y'.repeat(513)}`,
      ['pageSize', 'pageToken'],
    ],
  ])('answers 400 VALIDATION_FAILED for %s, naming every bad parameter', async (_name, query, fields) => {
    const response = await stack.http('GET', path(accountId, bundleId, `?${query}`), { key: customerKey });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(fieldsOf(response.body as { errors?: { field: string }[] })).toEqual(fields);
  });

  it.each(['not-a-token', 'bjo5OTk5OTk5OTk5OTk5OTk5OTk5OTk5', '%00%27%3B--'])(
    'answers 400 for a pageToken it did not issue (%s)',
    async (token) => {
      const response = await stack.http('GET', path(accountId, bundleId, `?pageToken=${token}`), {
        key: customerKey,
      });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'pageToken' }] });
    },
  );

  it('answers 400 for an unknown query parameter', async () => {
    const response = await stack.http('GET', path(accountId, bundleId, '?status=FAILED'), {
      key: customerKey,
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('is described in the OpenAPI document', async () => {
    const doc = await stack.http('GET', '/docs-json');
    const operation = (
      doc.body as { paths: Record<string, { get?: { responses: Record<string, unknown> } }> }
    ).paths['/v1/accounts/{accountId}/compliance/bundles/{bundleId}/notifications']?.get;
    expect(Object.keys(operation?.responses ?? {}).sort()).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '503',
    ]);
  });
});
