/* eslint-disable @typescript-eslint/no-unsafe-call -- the bodies are JSON of every shape, read as the API documents them */
import { eventually } from '@compliance/testing';
import type { INestMicroservice } from '@nestjs/common';
import { ADMIN_KEY, startAccountsStack, type AccountsStack } from './accounts-harness';
import { startFakeIdentity, type FakeIdentityStore } from '../src/bench/identity-stand-in';

const until = (probe: () => Promise<unknown>) =>
  eventually(
    async () => {
      await probe();
      return true;
    },
    { timeoutMs: 30_000 },
  );

/**
 * Phone numbers on bundles that bundle-lifecycle really creates, reviews and approves: the accounts, catalog,
 * bundle-lifecycle and number-assignment processes and the gateway on real Kafka and PostgreSQL (identity-assets'
 * internal patterns answered by the bundles helper's stand-in, support/fake-identity.ts).
 */
describe('phone numbers on real bundles (the Bandwidth flow)', () => {
  let stack: AccountsStack;
  let identity: { store: FakeIdentityStore; app: INestMicroservice };
  let accountId: string;
  let customerKey: string;
  let otherAccountId: string;
  let otherKey: string;
  let reviewerKey: string;
  const compliance = (path: string, account = accountId) => `/v1/accounts/${account}/compliance${path}`;
  const as = (key: string) => ({
    get: (path: string) => stack.http('GET', path, { key }),
    post: (path: string, body: unknown = {}) => stack.http('POST', path, { key, body }),
    patch: (path: string, body: unknown) => stack.http('PATCH', path, { key, body }),
    delete: (path: string) => stack.http('DELETE', path, { key }),
  });
  const customer = () => as(customerKey);
  const reviewer = () => as(reviewerKey);
  const berlin = (i: number) => `+49301234${String(5670 + i)}`;
  const bulk = (bundleId: string, action: 'ADD' | 'REMOVE', phoneNumbers: string[]) =>
    customer().post(compliance(`/bundles/${bundleId}/phoneNumbers/bulk`), {
      action,
      phoneNumbers,
      allDetailsAccurate: true,
    });
  const numberStatus = async (e164: string) =>
    (await customer().get(compliance(`/phoneNumbers/${encodeURIComponent(e164)}`))).body.status as string;

  beforeAll(async () => {
    // bundle-lifecycle's scheduler turns an expired APPROVED bundle REJECTED; every half second here.
    process.env.BUNDLES_SCHEDULER_INTERVAL_MS = '500';
    stack = await startAccountsStack('numbers_bundles', { catalog: true, bundles: true, numbers: true });
    identity = await startFakeIdentity(stack.namespace);
    const created = await stack.http('POST', '/v1/admin/accounts', {
      key: ADMIN_KEY,
      body: { name: 'Num GmbH' },
    });
    ({ accountId, apiKey: customerKey } = created.body as { accountId: string; apiKey: string });
    const other = await stack.http('POST', '/v1/admin/accounts', { key: ADMIN_KEY, body: { name: 'Other' } });
    ({ accountId: otherAccountId, apiKey: otherKey } = other.body as { accountId: string; apiKey: string });
    const staff = await stack.http('POST', '/v1/admin/staff', {
      key: ADMIN_KEY,
      body: { name: 'Rita', role: 'REVIEWER' },
    });
    reviewerKey = (staff.body as { apiKey: string }).apiKey;
  });

  afterAll(async () => {
    await identity?.app.close();
    await stack?.stop();
  });

  /** Requirements → bundle → assets → items → submit: a DE LOCAL business bundle in PENDING_REVIEW. */
  async function submittedBundle(): Promise<string> {
    const requirements = await customer().get(
      compliance('/requirements?country=DE&numberType=LOCAL&endUserType=BUSINESS'),
    );
    expect(requirements.status).toBe(200);
    const created = await customer().post(compliance('/bundles'), {
      regulationId: requirements.body.data[0].regulationId,
      friendlyName: 'Berlin office',
      email: 'ops@example.com',
    });
    expect(created.status).toBe(201);
    const bundleId = created.body.bundleId as string;
    const assets = {
      END_USER: identity.store.endUser(accountId, 'BUSINESS', {
        businessName: 'Num GmbH',
        authorizedRepresentativeFirstName: 'Anna',
        authorizedRepresentativeLastName: 'Schmidt',
      }),
      ADDRESS: identity.store.address(accountId, { postalCode: '10117', country: 'DEU', city: 'Berlin' }),
      DOCUMENT: identity.store.document(accountId, 'businessRegistration', {
        businessName: 'Num GmbH',
        registrationNumber: 'HRB 12345',
        issueDate: '2026-01-05',
      }),
    };
    for (const [assetType, assetId] of Object.entries(assets)) {
      expect(
        (await customer().post(compliance(`/bundles/${bundleId}/items`), { assetType, assetId })).status,
      ).toBe(201);
    }
    const submitted = await customer().patch(compliance(`/bundles/${bundleId}`), {
      status: 'PENDING_REVIEW',
      acknowledgements: { allDetailsAccurate: true },
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('PENDING_REVIEW');
    return bundleId;
  }

  it('ends with numbers attached: a DRAFT refuses them, the approved bundle attaches them', async () => {
    const requirements = await customer().get(
      compliance('/requirements?country=DE&numberType=LOCAL&endUserType=BUSINESS'),
    );
    const draft = await customer().post(compliance('/bundles'), {
      regulationId: requirements.body.data[0].regulationId,
      friendlyName: 'draft',
      email: 'ops@example.com',
    });
    const onDraft = await bulk(draft.body.bundleId as string, 'ADD', [berlin(0)]);
    expect(onDraft.status).toBe(200);
    expect(onDraft.body.results).toEqual([
      expect.objectContaining({
        phoneNumber: berlin(0),
        status: 'FAILED',
        errorCode: 'BUNDLE_NOT_SUBMITTED',
      }),
    ]);

    const bundleId = await submittedBundle();
    const approved = await reviewer().post(`/v1/admin/bundles/${bundleId}/decision`, { decision: 'APPROVE' });
    expect(approved.body.status).toBe('APPROVED');
    const added = await bulk(bundleId, 'ADD', [berlin(0), berlin(1), '+390144230024']);
    expect(added.status).toBe(200);
    expect(added.body.results).toEqual([
      { phoneNumber: berlin(0), status: 'ATTACHED' },
      { phoneNumber: berlin(1), status: 'ATTACHED' },
      expect.objectContaining({ phoneNumber: '+390144230024', status: 'FAILED', errorCode: 'WRONG_COUNTRY' }),
    ]);
    await until(async () => {
      const list = await customer().get(compliance(`/bundles/${bundleId}/phoneNumbers`));
      expect(
        list.body.data.map((n: { phoneNumber: string; status: string }) => [n.phoneNumber, n.status]),
      ).toEqual([
        [berlin(0), 'ATTACHED'],
        [berlin(1), 'ATTACHED'],
      ]);
    });
    // Another account can neither see the bundle's numbers nor take them.
    expect(
      (await as(otherKey).get(compliance(`/bundles/${bundleId}/phoneNumbers`, otherAccountId))).status,
    ).toBe(404);
    expect(
      (
        await as(otherKey).post(compliance(`/bundles/${bundleId}/phoneNumbers/bulk`, otherAccountId), {
          action: 'ADD',
          phoneNumbers: [berlin(2)],
          allDetailsAccurate: true,
        })
      ).status,
    ).toBe(404);
  });

  it('attaches numbers added while the bundle is IN_REVIEW when the reviewer approves it', async () => {
    const bundleId = await submittedBundle();
    const claimed = await reviewer().post(`/v1/admin/bundles/${bundleId}/claim`);
    expect(claimed.body.status).toBe('IN_REVIEW');
    const added = await bulk(bundleId, 'ADD', [berlin(10), berlin(11)]);
    expect(added.body.results.map((r: { status: string }) => r.status)).toEqual([
      'PENDING_ACTIVATION',
      'PENDING_ACTIVATION',
    ]);
    await until(async () => expect(await numberStatus(berlin(10))).toBe('PENDING_ACTIVATION'));
    const approved = await reviewer().post(`/v1/admin/bundles/${bundleId}/decision`, { decision: 'APPROVE' });
    expect(approved.body.status).toBe('APPROVED');
    await until(async () => {
      expect(await numberStatus(berlin(10))).toBe('ATTACHED');
      expect(await numberStatus(berlin(11))).toBe('ATTACHED');
    });
    const history = await customer().get(
      compliance(`/phoneNumbers/${encodeURIComponent(berlin(10))}/history`),
    );
    expect(history.body.data.map((c: { status: string; reason: string }) => [c.status, c.reason])).toEqual([
      ['PENDING_ACTIVATION', 'ADDED'],
      ['ATTACHED', 'BUNDLE_APPROVED'],
    ]);
  });

  it('fails waiting numbers when the bundle is rejected; the bundle, holding none, can then be deleted', async () => {
    const bundleId = await submittedBundle();
    expect((await bulk(bundleId, 'ADD', [berlin(20)])).body.results[0].status).toBe('PENDING_ACTIVATION');
    const rejected = await reviewer().post(`/v1/admin/bundles/${bundleId}/decision`, {
      decision: 'REJECT',
      remarks: 'Extract unreadable',
    });
    expect(rejected.body.status).toBe('REJECTED');
    await until(async () => expect(await numberStatus(berlin(20))).toBe('FAILED'));
    // The number left the bundle (count 0), so the REJECTED bundle may be deleted.
    await until(async () =>
      expect((await customer().delete(compliance(`/bundles/${bundleId}`))).status).toBe(204),
    );
  });

  it('suspends the numbers of an APPROVED bundle that expires (REJECTED), holds the bundle, reinstates them on re-approval', async () => {
    const bundleId = await submittedBundle();
    expect(
      (await reviewer().post(`/v1/admin/bundles/${bundleId}/decision`, { decision: 'APPROVE' })).status,
    ).toBe(200);
    expect((await bulk(bundleId, 'ADD', [berlin(30)])).body.results[0].status).toBe('ATTACHED');

    // A new version of the regulation with no grace period: the bundle's validUntil is now, so it is rejected.
    const current = (
      await customer().get(compliance('/requirements?country=DE&numberType=LOCAL&endUserType=BUSINESS'))
    ).body.data[0];
    const requirement = structuredClone(current.requirement);
    requirement.supportingDocuments[0].description = `${requirement.supportingDocuments[0].description} (again)`;
    const published = await stack.http('POST', '/v1/admin/regulations', {
      key: ADMIN_KEY,
      body: {
        regulationId: current.regulationId,
        country: 'DE',
        numberType: 'LOCAL',
        endUserType: 'BUSINESS',
        requirement,
        gracePeriodDays: 0,
      },
    });
    expect(published.status).toBe(201);
    await until(async () => {
      const bundle = (await customer().get(compliance(`/bundles/${bundleId}`))).body;
      expect(bundle).toMatchObject({ status: 'REJECTED', failureReason: 'REGULATION_UPDATED' });
    });
    await until(async () => expect(await numberStatus(berlin(30))).toBe('SUSPENDED'));
    // bundle-lifecycle learnt the count from numbers.events: a bundle that holds numbers is not deleted.
    await until(async () => {
      const deleted = await customer().delete(compliance(`/bundles/${bundleId}`));
      expect(deleted.status).toBe(409);
      expect(deleted.body.code).toBe('RETENTION_HOLD');
      expect(deleted.body.detail).toMatch(/holds 1 phone number/);
    });
    // A suspended number still holds its bundle.
    const elsewhere = await submittedBundle();
    expect((await bulk(elsewhere, 'ADD', [berlin(30)])).body.results[0].errorCode).toBe('IN_ANOTHER_BUNDLE');

    const resubmitted = await customer().patch(compliance(`/bundles/${bundleId}`), {
      status: 'PENDING_REVIEW',
      acknowledgements: { allDetailsAccurate: true },
    });
    expect(resubmitted.status).toBe(200);
    expect(await numberStatus(berlin(30))).toBe('SUSPENDED');
    expect(
      (await reviewer().post(`/v1/admin/bundles/${bundleId}/decision`, { decision: 'APPROVE' })).status,
    ).toBe(200);
    await until(async () => expect(await numberStatus(berlin(30))).toBe('ATTACHED'));
    const history = await customer().get(
      compliance(`/phoneNumbers/${encodeURIComponent(berlin(30))}/history`),
    );
    expect(history.body.data.map((c: { status: string; reason: string }) => [c.status, c.reason])).toEqual([
      ['ATTACHED', 'ADDED'],
      ['SUSPENDED', 'BUNDLE_REJECTED'],
      ['ATTACHED', 'BUNDLE_APPROVED'],
    ]);
  });
});
