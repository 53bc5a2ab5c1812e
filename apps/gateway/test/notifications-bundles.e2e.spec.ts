import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventually } from '@compliance/testing';
import { ADMIN_KEY, startAccountsStack, type AccountsStack } from './accounts-harness';

interface Delivery {
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  body: Record<string, unknown>;
}

/** A customer's endpoint: a real HTTP server on its own port that accepts every delivery. */
async function startReceiver(): Promise<{ server: Server; port: number; deliveries: Delivery[] }> {
  const deliveries: Delivery[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      deliveries.push({
        path: req.url ?? '',
        headers: req.headers,
        rawBody,
        body: JSON.parse(rawBody) as Record<string, unknown>,
      });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, deliveries };
}

/** What a customer's code does with X-Compliance-Signature (README "Notifications"). */
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
 * A real bundle's life through the gateway reaches a real receiver: accounts, catalog, identity-assets,
 * bundle-lifecycle and notifications run as their own processes; the customer submits, a reviewer rejects with remarks, the customer moves the
 * statusCallback and submits again, the reviewer approves, and a new version of the regulation sets validUntil.
 */
describe('notifications of a real bundle through the gateway', () => {
  let stack: AccountsStack;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let accountId: string;
  let customerKey: string;
  let secret: string;
  let reviewerKey: string;
  const compliance = (rest: string) => `/v1/accounts/${accountId}/compliance${rest}`;
  const customer = (method: string, rest: string, body?: unknown) =>
    stack.http(method, compliance(rest), { key: customerKey, ...(body !== undefined && { body }) });

  beforeAll(async () => {
    receiver = await startReceiver();
    stack = await startAccountsStack('notif_bundles', {
      identity: true,
      bundles: true,
      notifications: true,
      notificationsEnv: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' },
    });
    const created = await stack.http('POST', '/v1/admin/accounts', {
      key: ADMIN_KEY,
      body: { name: 'Koala Pty' },
    });
    expect(created.status).toBe(201);
    ({
      accountId,
      apiKey: customerKey,
      webhookSigningSecret: secret,
    } = created.body as { accountId: string; apiKey: string; webhookSigningSecret: string });
    const staff = await stack.http('POST', '/v1/admin/staff', {
      key: ADMIN_KEY,
      body: { name: 'Rita Reviewer', role: 'REVIEWER' },
    });
    expect(staff.status).toBe(201);
    reviewerKey = (staff.body as { apiKey: string }).apiKey;
  });

  afterAll(async () => {
    await stack?.stop();
    await new Promise<void>((resolve) => receiver.server.close(() => resolve()));
  });

  it('sends every status change and the validUntil, signed, in order, to the statusCallback in force, and logs them', async () => {
    const first = `http://127.0.0.1:${receiver.port}/hooks/first`;
    const second = `http://127.0.0.1:${receiver.port}/hooks/second`;
    const endUser = await customer('POST', '/endUsers', {
      type: 'INDIVIDUAL',
      friendlyName: 'Bruce',
      fields: { firstName: 'Bruce', lastName: 'Wallaby' },
    });
    expect(endUser.status).toBe(201);
    const address = await customer('POST', '/addresses', {
      customerName: 'Bruce Wallaby',
      street: '1 George Street',
      city: 'Sydney',
      postalCode: '2000',
      country: 'AU',
    });
    expect(address.status).toBe(201);
    const endUserId = (endUser.body as { endUserId: string }).endUserId;
    const addressId = (address.body as { addressId: string }).addressId;
    const bundle = await customer('POST', '/bundles', {
      country: 'AU',
      numberType: 'LOCAL',
      endUserType: 'INDIVIDUAL',
      friendlyName: 'Sydney line',
      email: 'ops@koala.example',
      statusCallback: first,
    });
    expect(bundle.status).toBe(201);
    const bundleId = (bundle.body as { bundleId: string }).bundleId;
    for (const [assetType, assetId] of [
      ['END_USER', endUserId],
      ['ADDRESS', addressId],
    ]) {
      expect((await customer('POST', `/bundles/${bundleId}/items`, { assetType, assetId })).status).toBe(201);
    }
    const submit = () =>
      customer('PATCH', `/bundles/${bundleId}`, {
        status: 'PENDING_REVIEW',
        acknowledgements: { allDetailsAccurate: true },
      });
    const decide = (body: object) =>
      stack.http('POST', `/v1/admin/bundles/${bundleId}/decision`, { key: reviewerKey, body });

    expect((await submit()).status).toBe(200);
    const rejected = await decide({ decision: 'REJECT', remarks: 'The address is a PO box' });
    expect(rejected.body).toMatchObject({ status: 'REJECTED' });
    expect((await customer('PATCH', `/bundles/${bundleId}`, { statusCallback: second })).status).toBe(200);
    expect((await submit()).status).toBe(200);
    expect((await decide({ decision: 'APPROVE' })).body).toMatchObject({ status: 'APPROVED' });

    // A new version of the bundle's regulation gives the APPROVED bundle a validUntil: one more notification.
    const regulationId = (bundle.body as { regulationId: string }).regulationId;
    const regulation = await customer('GET', `/regulations/${regulationId}`);
    expect(regulation.status).toBe(200);
    const current = regulation.body as {
      country: string;
      numberType: string;
      endUserType: string;
      requirement: { endUser: { fields: { maxLength?: number }[] } };
    };
    const requirement = structuredClone(current.requirement);
    requirement.endUser.fields[0]!.maxLength = 90;
    const published = await stack.http('POST', '/v1/admin/regulations', {
      key: ADMIN_KEY,
      body: {
        regulationId,
        country: current.country,
        numberType: current.numberType,
        endUserType: current.endUserType,
        requirement,
        gracePeriodDays: 30,
      },
    });
    expect(published.status).toBe(201);

    const deliveries = await eventually(
      () => {
        const ours = receiver.deliveries.filter((d) => d.body.bundleId === bundleId);
        return ours.length >= 5 ? ours : undefined;
      },
      { timeoutMs: 30_000 },
    );
    expect(deliveries.map((d) => [d.path, d.body.status])).toEqual([
      ['/hooks/first', 'PENDING_REVIEW'],
      ['/hooks/first', 'REJECTED'],
      ['/hooks/second', 'PENDING_REVIEW'],
      ['/hooks/second', 'APPROVED'],
      ['/hooks/second', 'APPROVED'],
    ]);
    expect(deliveries[3]?.body.validUntil).toBeNull();
    expect(deliveries[4]?.body.validUntil).toEqual(expect.any(String));
    expect(deliveries[1]?.body).toMatchObject({ accountId, bundleId, remarks: 'The address is a PO box' });
    for (const delivery of deliveries) {
      expect(signatureIsValid(delivery.headers, delivery.rawBody, secret)).toBe(true);
      expect(delivery.headers['x-compliance-event-id']).toBe(delivery.body.eventId);
    }

    const log = await eventually(
      async () => {
        const page = await customer('GET', `/bundles/${bundleId}/notifications`);
        const data =
          (page.body as { data?: { eventId: string; status: string; target: string }[] }).data ?? [];
        return data.length === 5 && data.every((n) => n.status === 'DELIVERED') ? data : undefined;
      },
      { timeoutMs: 30_000 },
    );
    expect(log.map((n) => [n.eventId, n.target])).toEqual(
      deliveries.map((d) => [d.body.eventId, `http://127.0.0.1:${receiver.port}${d.path}`]),
    );
  });
});
