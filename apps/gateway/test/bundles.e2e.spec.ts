/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- the bodies are JSON of every shape, read as the API documents them */
import { eventually } from '@compliance/testing';
import type { INestMicroservice } from '@nestjs/common';
import { ADMIN_KEY, startAccountsStack, type AccountsStack } from './accounts-harness';
import { startFakeIdentity, type FakeIdentityStore } from '../src/bench/identity-stand-in';

/**
 * Bundles through the gateway against the real accounts, catalog and bundle-lifecycle processes on real Kafka and
 * PostgreSQL. Identity-assets' two internal patterns are answered by an in-memory responder on the same broker
 * (support/fake-identity.ts) until that service is on main.
 */
describe('bundles through the gateway', () => {
  let stack: AccountsStack;
  let identity: { store: FakeIdentityStore; app: INestMicroservice };
  let accountId: string;
  let customerKey: string;
  let otherAccountId: string;
  let otherKey: string;
  let reviewerKey: string;
  const bundles = (path = '', account = accountId) => `/v1/accounts/${account}/compliance/bundles${path}`;
  const as = (key: string) => ({
    get: (path: string) => stack.http('GET', path, { key }),
    post: (path: string, body: unknown = {}) => stack.http('POST', path, { key, body }),
    patch: (path: string, body: unknown) => stack.http('PATCH', path, { key, body }),
    delete: (path: string) => stack.http('DELETE', path, { key }),
  });
  const customer = () => as(customerKey);
  const reviewer = () => as(reviewerKey);
  const newBundle = {
    country: 'de',
    numberType: 'GEOGRAPHIC',
    endUserType: 'BUSINESS',
    friendlyName: 'Berlin office',
    email: 'ops@example.com',
  };

  beforeAll(async () => {
    stack = await startAccountsStack('bundles', { catalog: true, bundles: true });
    identity = await startFakeIdentity(stack.namespace);
    const created = await stack.http('POST', '/v1/admin/accounts', {
      key: ADMIN_KEY,
      body: { name: 'Bund GmbH' },
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
    if (process.env.DEBUG_BUNDLES)
      console.log(
        stack?.bundlesService?.logs
          .split('\n')
          .filter((l) => !l.includes('"logger":"kafkajs"'))
          .join('\n'),
      );
    await identity?.app.close();
    await stack?.stop();
  });

  function berlinBusiness(account = accountId, extra: Record<string, string> = {}) {
    const endUser = identity.store.endUser(account, 'BUSINESS', {
      businessName: 'Bund GmbH',
      authorizedRepresentativeFirstName: 'Anna',
      authorizedRepresentativeLastName: 'Schmidt',
      ...extra,
    });
    const address = identity.store.address(account, { postalCode: '10117', country: 'DEU', city: 'Berlin' });
    const document = identity.store.document(account, 'businessRegistration', {
      businessName: 'Bund GmbH',
      registrationNumber: 'HRB 12345',
      issueDate: '2026-01-05',
    });
    return { endUser, address, document };
  }

  async function assign(bundleId: string, assets: { endUser: string; address: string; document: string }) {
    const items = [];
    for (const [assetType, assetId] of [
      ['END_USER', assets.endUser],
      ['ADDRESS', assets.address],
      ['DOCUMENT', assets.document],
    ] as const) {
      const result = await customer().post(bundles(`/${bundleId}/items`), { assetType, assetId });
      expect(result.status).toBe(201);
      items.push(result.body as { itemId: string; assetType: string; assetId: string });
    }
    return items;
  }

  async function approvedBundle(extra: Record<string, string> = {}) {
    const created = await customer().post(bundles(), newBundle);
    const bundleId = created.body.bundleId as string;
    const assets = berlinBusiness(accountId, extra);
    await assign(bundleId, assets);
    const submitted = await customer().patch(bundles(`/${bundleId}`), {
      status: 'PENDING_REVIEW',
      acknowledgements: { allDetailsAccurate: true },
    });
    expect(submitted.status).toBe(200);
    const approved = await reviewer().post(`/v1/admin/bundles/${bundleId}/decision`, { decision: 'APPROVE' });
    expect(approved.body.status).toBe('APPROVED');
    return { bundleId, assets };
  }

  describe('create, get, list, update', () => {
    it('creates a DRAFT from country and types in any spelling, or from a regulation id', async () => {
      const created = await customer().post(bundles(), {
        ...newBundle,
        statusCallback: 'https://example.com/hook',
        customReference: 'ref-1',
      });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        bundleId: expect.stringMatching(/^bun_[0-9A-Z]{26}$/),
        accountId,
        status: 'DRAFT',
        regulationId: expect.stringMatching(/^reg_/),
        regulationVersion: expect.any(Number),
        country: 'DEU',
        numberType: 'LOCAL',
        endUserType: 'BUSINESS',
        friendlyName: 'Berlin office',
        customReference: 'ref-1',
        email: 'ops@example.com',
        statusCallback: 'https://example.com/hook',
        validUntil: null,
        remarks: null,
        failureReason: null,
        copiedFrom: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const byId = await customer().post(bundles(), {
        regulationId: created.body.regulationId,
        friendlyName: 'Two',
        email: 'a@b.example',
      });
      expect(byId.status).toBe(201);
      expect(byId.body).toMatchObject({
        regulationId: created.body.regulationId,
        country: 'DEU',
        numberType: 'LOCAL',
      });
      const read = await customer().get(bundles(`/${created.body.bundleId}`));
      expect(read.status).toBe(200);
      expect(read.body).toEqual(created.body);
    });

    it('refuses bad bodies listing every bad field, and changes nothing', async () => {
      const before = await customer().get(bundles('?pageSize=100'));
      const cases: [unknown, string[]][] = [
        [{}, ['country', 'email', 'endUserType', 'friendlyName', 'numberType']],
        [
          { ...newBundle, email: 'not-an-email', statusCallback: 'javascript:alert(1)' },
          ['email', 'statusCallback'],
        ],
        [
          { ...newBundle, friendlyName: 'x'.repeat(201), customReference: 7 },
          ['customReference', 'friendlyName'],
        ],
        [{ ...newBundle, colour: 'blue' }, ['colour']],
        [
          {
            ...newBundle,
            friendlyName: "'; DROP TABLE bundles.bundles; --",
            statusCallback: 'ftp://example.com',
          },
          ['statusCallback'],
        ],
      ];
      for (const [body, fields] of cases) {
        const result = await customer().post(bundles(), body);
        expect(result.status).toBe(400);
        expect(result.body.code).toBe('VALIDATION_FAILED');
        expect((result.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(fields);
      }
      const unknownCountry = await customer().post(bundles(), { ...newBundle, country: 'ZZ' });
      expect(unknownCountry.status).toBe(400);
      expect(unknownCountry.body.errors[0].field).toBe('country');
      const noRegulation = await customer().post(bundles(), {
        ...newBundle,
        country: 'US',
        numberType: 'LOCAL',
        endUserType: 'INDIVIDUAL',
      });
      expect(noRegulation.status).toBe(404);
      const unknownRegulation = await customer().post(bundles(), {
        regulationId: 'reg_01JGFJJZ000000000000000000',
        friendlyName: 'x',
        email: 'a@b.example',
      });
      expect(unknownRegulation.status).toBe(404);
      const after = await customer().get(bundles('?pageSize=100'));
      expect(after.body.data).toHaveLength(before.body.data.length);
    });

    it("answers 404 for another account's bundle, 403 for a customer key on another account's path, 401 without a key", async () => {
      const created = await customer().post(bundles(), newBundle);
      const bundleId = created.body.bundleId as string;
      expect((await as(otherKey).get(bundles(`/${bundleId}`, otherAccountId))).status).toBe(404);
      expect(
        (await as(otherKey).patch(bundles(`/${bundleId}`, otherAccountId), { friendlyName: 'mine' })).status,
      ).toBe(404);
      expect((await as(otherKey).delete(bundles(`/${bundleId}`, otherAccountId))).status).toBe(404);
      expect((await as(otherKey).get(bundles(`/${bundleId}/history`, otherAccountId))).status).toBe(404);
      expect((await as(otherKey).get(bundles(`/${bundleId}`))).status).toBe(403);
      expect((await stack.http('GET', bundles(`/${bundleId}`))).status).toBe(401);
      expect((await customer().get(bundles('/bun_nonsense'))).status).toBe(404);
      expect((await customer().get(bundles(`/${bundleId}`))).body.friendlyName).toBe('Berlin office');
    });

    it('updates metadata in any status and lists with filters, sort and pages', async () => {
      const a = (await customer().post(bundles(), { ...newBundle, friendlyName: 'A' })).body;
      const patched = await customer().patch(bundles(`/${a.bundleId}`), {
        friendlyName: 'A2',
        statusCallback: null,
        customReference: 'c',
      });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({
        friendlyName: 'A2',
        statusCallback: null,
        customReference: 'c',
        status: 'DRAFT',
      });
      expect((await customer().patch(bundles(`/${a.bundleId}`), { status: 'APPROVED' })).status).toBe(400);
      expect((await customer().patch(bundles(`/${a.bundleId}`), { email: 'nope' })).status).toBe(400);

      const all = await customer().get(bundles('?pageSize=100&sortDirection=ASC'));
      expect(all.status).toBe(200);
      const ids = (all.body.data as { bundleId: string; createdAt: string }[]).map((b) => b.bundleId);
      const created = (all.body.data as { createdAt: string }[]).map((b) => b.createdAt);
      expect([...created].sort()).toEqual(created);
      const paged: string[] = [];
      let token: string | null = null;
      do {
        const pageResult = await customer().get(
          bundles(`?pageSize=2&sortDirection=ASC${token ? `&pageToken=${token}` : ''}`),
        );
        expect(pageResult.status).toBe(200);
        paged.push(...(pageResult.body.data as { bundleId: string }[]).map((b) => b.bundleId));
        token = pageResult.body.nextPageToken as string | null;
      } while (token);
      expect(paged).toEqual(ids);
      const filtered = await customer().get(
        bundles('?status=DRAFT&country=DE&numberType=GEOGRAPHIC&endUserType=business&hasValidUntil=false'),
      );
      expect(filtered.status).toBe(200);
      expect((filtered.body.data as { status: string }[]).every((b) => b.status === 'DRAFT')).toBe(true);
      expect((await customer().get(bundles('?status=APPROVED'))).body.data).toEqual([]);
      for (const query of [
        'status=DONE',
        'sortBy=name',
        'pageSize=0',
        'pageSize=101',
        'hasValidUntil=maybe',
        'validUntilBefore=yesterday',
        'pageToken=garbage',
        'country=XX',
        'numberType=SAT',
      ]) {
        const bad = await customer().get(bundles(`?${query}`));
        expect([query, bad.status]).toEqual([query, 400]);
      }
      expect((await as(otherKey).get(bundles('', otherAccountId))).body.data).toEqual([]);
    });
  });

  describe('items, evaluations, submit (the Bandwidth flow) and review', () => {
    it('requirements → bundle → assets → items → evaluation → submit → review → approved', async () => {
      const requirements = await customer().get(
        `/v1/accounts/${accountId}/compliance/requirements?country=DE&numberType=LOCAL&endUserType=BUSINESS`,
      );
      expect(requirements.status).toBe(200);
      const created = await customer().post(bundles(), {
        regulationId: requirements.body.data[0].regulationId,
        friendlyName: 'BW',
        email: 'bw@example.com',
      });
      const bundleId = created.body.bundleId as string;

      const empty = await customer().post(bundles(`/${bundleId}/evaluations`));
      expect(empty.status).toBe(201);
      expect(empty.body).toMatchObject({
        bundleId,
        status: 'NONCOMPLIANT',
        regulationVersion: created.body.regulationVersion,
      });
      expect((empty.body.results as { errorCode: string }[]).map((r) => r.errorCode)).toEqual([
        'END_USER_MISSING',
        'ADDRESS_MISSING',
        'DOCUMENT_MISSING',
      ]);
      expect(empty.body.results[2].failureReason).toMatch(
        /Upload one of these document types and assign it to the bundle: Business registration extract/,
      );

      const noAck = await customer().patch(bundles(`/${bundleId}`), { status: 'PENDING_REVIEW' });
      expect(noAck.status).toBe(422);
      expect(noAck.body.code).toBe('ACKNOWLEDGEMENT_REQUIRED');
      const failing = await customer().patch(bundles(`/${bundleId}`), {
        status: 'PENDING_REVIEW',
        acknowledgements: { allDetailsAccurate: true },
        friendlyName: 'not kept',
      });
      expect(failing.status).toBe(422);
      expect(failing.body.code).toBe('EVALUATION_FAILED');
      expect(failing.body.evaluation).toMatchObject({ status: 'NONCOMPLIANT', bundleId });
      expect((await customer().get(bundles(`/${bundleId}`))).body).toMatchObject({
        status: 'DRAFT',
        friendlyName: 'BW',
      });

      const assets = berlinBusiness();
      const items = await assign(bundleId, assets);
      expect(items.map((i) => i.itemId)).toEqual([
        expect.stringMatching(/^itm_/),
        expect.stringMatching(/^itm_/),
        expect.stringMatching(/^itm_/),
      ]);
      const listed = await customer().get(bundles(`/${bundleId}/items`));
      expect(listed.body.data.map((i: { assetId: string }) => i.assetId)).toEqual([
        assets.endUser,
        assets.address,
        assets.document,
      ]);

      const second = identity.store.endUser(accountId, 'BUSINESS', { businessName: 'Other' });
      expect(
        (await customer().post(bundles(`/${bundleId}/items`), { assetType: 'END_USER', assetId: second }))
          .status,
      ).toBe(400);
      const foreign = identity.store.document(otherAccountId, 'businessRegistration', {});
      expect(
        (await customer().post(bundles(`/${bundleId}/items`), { assetType: 'DOCUMENT', assetId: foreign }))
          .status,
      ).toBe(404);
      expect(
        (
          await customer().post(bundles(`/${bundleId}/items`), {
            assetType: 'DOCUMENT',
            assetId: 'doc_01JGFJJZ000000000000000000',
          })
        ).status,
      ).toBe(404);
      expect(
        (await customer().post(bundles(`/${bundleId}/items`), { assetType: 'PET', assetId: assets.document }))
          .status,
      ).toBe(400);
      expect(
        (
          await customer().post(bundles(`/${bundleId}/items`), {
            assetType: 'DOCUMENT',
            assetId: assets.document,
          })
        ).status,
      ).toBe(400);

      const good = await customer().post(bundles(`/${bundleId}/evaluations`));
      expect(good.body.status).toBe('COMPLIANT');
      expect(good.body.results.every((r: { passed: boolean }) => r.passed)).toBe(true);
      const evaluations = await customer().get(bundles(`/${bundleId}/evaluations`));
      expect(evaluations.body.data.map((e: { evaluationId: string }) => e.evaluationId)).toEqual([
        good.body.evaluationId,
        empty.body.evaluationId,
      ]);
      expect(
        (await customer().get(bundles(`/${bundleId}/evaluations/${empty.body.evaluationId}`))).body,
      ).toEqual(empty.body);

      const submitted = await customer().patch(bundles(`/${bundleId}`), {
        status: 'PENDING_REVIEW',
        acknowledgements: { allDetailsAccurate: true },
      });
      expect(submitted.status).toBe(200);
      expect(submitted.body.status).toBe('PENDING_REVIEW');
      const locked = await customer().post(bundles(`/${bundleId}/items`), {
        assetType: 'DOCUMENT',
        assetId: identity.store.document(accountId, 'businessRegistration', {}),
      });
      expect(locked.status).toBe(409);
      expect(locked.body.code).toBe('BUNDLE_NOT_EDITABLE');
      expect((await customer().delete(bundles(`/${bundleId}/items/${items[0]!.itemId}`))).status).toBe(409);
      const again = await customer().patch(bundles(`/${bundleId}`), {
        status: 'PENDING_REVIEW',
        acknowledgements: { allDetailsAccurate: true },
      });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('INVALID_STATUS_TRANSITION');
      expect((await customer().delete(bundles(`/${bundleId}`))).status).toBe(409);

      expect((await customer().get('/v1/admin/reviews')).status).toBe(403);
      expect((await customer().post(`/v1/admin/bundles/${bundleId}/claim`)).status).toBe(403);
      const queue = await reviewer().get('/v1/admin/reviews?status=PENDING_REVIEW&pageSize=100');
      expect(queue.status).toBe(200);
      expect(queue.body.data.map((b: { bundleId: string }) => b.bundleId)).toContain(bundleId);
      const claimed = await reviewer().post(`/v1/admin/bundles/${bundleId}/claim`);
      expect(claimed.status).toBe(200);
      expect(claimed.body.status).toBe('IN_REVIEW');
      expect(
        (await reviewer().get('/v1/admin/reviews?status=IN_REVIEW')).body.data.map(
          (b: { bundleId: string }) => b.bundleId,
        ),
      ).toContain(bundleId);
      expect(
        (await reviewer().post(`/v1/admin/bundles/${bundleId}/decision`, { decision: 'REJECT' })).status,
      ).toBe(400);
      expect(
        (await reviewer().post(`/v1/admin/bundles/${bundleId}/decision`, { decision: 'MAYBE' })).status,
      ).toBe(400);
      const approved = await reviewer().post(`/v1/admin/bundles/${bundleId}/decision`, {
        decision: 'APPROVE',
      });
      expect(approved.status).toBe(200);
      expect(approved.body.status).toBe('APPROVED');
      expect((await reviewer().post(`/v1/admin/bundles/${bundleId}/claim`)).body.code).toBe(
        'INVALID_STATUS_TRANSITION',
      );
      expect((await customer().get(bundles(`/${bundleId}`))).body.status).toBe('APPROVED');

      const history = await customer().get(bundles(`/${bundleId}/history`));
      expect(history.status).toBe(200);
      const entries = history.body.data as {
        type: string;
        actor: string;
        occurredAt: string;
        data: Record<string, unknown>;
      }[];
      expect(entries.map((e) => e.type)).toEqual([
        'BundleCreated',
        'BundleEvaluated',
        'BundleItemAssigned',
        'BundleItemAssigned',
        'BundleItemAssigned',
        'BundleEvaluated',
        'BundleEvaluated',
        'BundleStatusChanged',
        'BundleStatusChanged',
        'BundleStatusChanged',
      ]);
      expect(entries.at(-1)).toMatchObject({
        data: { status: 'APPROVED', previousStatus: 'IN_REVIEW' },
        actor: expect.stringMatching(/^stf_/),
      });
      expect(JSON.stringify(history.body)).not.toMatch(/bw@example\.com|Bund GmbH|Schmidt/);
    });

    it('the Plivo flow: draft → submit → reject with a reason → fix → resubmit → approve', async () => {
      const bundleId = (await customer().post(bundles(), newBundle)).body.bundleId as string;
      const assets = berlinBusiness();
      const items = await assign(bundleId, assets);
      await customer().patch(bundles(`/${bundleId}`), {
        status: 'PENDING_REVIEW',
        acknowledgements: { allDetailsAccurate: true },
      });
      const rejected = await reviewer().post(`/v1/admin/bundles/${bundleId}/decision`, {
        decision: 'REJECT',
        remarks: 'The registration extract is older than three months.',
        itemFailures: [{ itemId: items[2]!.itemId, failureReason: 'Extract too old' }],
      });
      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({
        status: 'REJECTED',
        failureReason: 'REVIEW_REJECTED',
        remarks: 'The registration extract is older than three months.',
      });
      const decidedAgain = await reviewer().post(`/v1/admin/bundles/${bundleId}/decision`, {
        decision: 'APPROVE',
      });
      expect(decidedAgain.status).toBe(409);

      const fresh = identity.store.document(accountId, 'businessRegistration', {
        businessName: 'Bund GmbH',
        registrationNumber: 'HRB 12345',
        issueDate: '2026-11-01',
      });
      expect((await customer().delete(bundles(`/${bundleId}/items/${items[2]!.itemId}`))).status).toBe(204);
      expect(
        (await customer().post(bundles(`/${bundleId}/items`), { assetType: 'DOCUMENT', assetId: fresh }))
          .status,
      ).toBe(201);
      const resubmitted = await customer().patch(bundles(`/${bundleId}`), {
        status: 'PENDING_REVIEW',
        acknowledgements: { allDetailsAccurate: true },
      });
      expect(resubmitted.body).toMatchObject({
        status: 'PENDING_REVIEW',
        failureReason: null,
        remarks: null,
      });
      const approved = await reviewer().post(`/v1/admin/bundles/${bundleId}/decision`, {
        decision: 'APPROVE',
        remarks: 'Thanks',
      });
      expect(approved.body).toMatchObject({ status: 'APPROVED', remarks: 'Thanks' });
      const history = (await customer().get(bundles(`/${bundleId}/history`))).body.data as {
        type: string;
        data: { status?: string; itemFailures?: unknown[] };
      }[];
      const statuses = history.filter((e) => e.type === 'BundleStatusChanged').map((e) => e.data.status);
      expect(statuses).toEqual(['PENDING_REVIEW', 'REJECTED', 'PENDING_REVIEW', 'APPROVED']);
      expect(history.find((e) => e.data.status === 'REJECTED')?.data.itemFailures).toEqual([
        {
          itemId: items[2]!.itemId,
          assetType: 'DOCUMENT',
          assetId: assets.document,
          failureReason: 'Extract too old',
        },
      ]);
    });

    it('20 concurrent item assignments on one bundle: each succeeds or gets a clean 409, and the stream loses or doubles none', async () => {
      const bundleId = (await customer().post(bundles(), newBundle)).body.bundleId as string;
      const documents = Array.from({ length: 20 }, () =>
        identity.store.document(accountId, 'businessRegistration', {}),
      );
      const results = await Promise.all(
        documents.map((assetId) =>
          customer().post(bundles(`/${bundleId}/items`), { assetType: 'DOCUMENT', assetId }),
        ),
      );
      for (const result of results) {
        expect([201, 409]).toContain(result.status);
        if (result.status === 409) expect(result.body.code).toBe('CONCURRENT_MODIFICATION');
      }
      const succeeded = results
        .filter((r) => r.status === 201)
        .map((r) => r.body.assetId as string)
        .sort();
      expect(succeeded.length).toBeGreaterThan(0);
      const items = (await customer().get(bundles(`/${bundleId}/items?pageSize=100`))).body.data as {
        assetId: string;
        itemId: string;
      }[];
      expect(items.map((i) => i.assetId).sort()).toEqual(succeeded);
      expect(new Set(items.map((i) => i.itemId)).size).toBe(items.length);
      const history = (await customer().get(bundles(`/${bundleId}/history?pageSize=100`))).body.data as {
        type: string;
      }[];
      expect(history.filter((e) => e.type === 'BundleItemAssigned')).toHaveLength(succeeded.length);
    });
  });

  describe('regulation update, copies and replaceItems (the Twilio flow)', () => {
    it('approved → new version → validUntil → list → copy → evaluation names what is missing → fix → submit → approve → replaceItems → delete the copy', async () => {
      const { bundleId } = await approvedBundle();
      const original = (await customer().get(bundles(`/${bundleId}`))).body;
      const regulation = (
        await customer().get(`/v1/accounts/${accountId}/compliance/regulations/${original.regulationId}`)
      ).body;
      const stricter = structuredClone(regulation.requirement);
      stricter.endUser.fields = stricter.endUser.fields.map((f: { name: string; required: boolean }) =>
        f.name === 'vatNumber' ? { ...f, required: true } : f,
      );
      const published = await stack.http('POST', '/v1/admin/regulations', {
        key: ADMIN_KEY,
        body: {
          regulationId: original.regulationId,
          country: 'DEU',
          numberType: 'LOCAL',
          endUserType: 'BUSINESS',
          requirement: stricter,
          gracePeriodDays: 30,
        },
      });
      expect(published.status).toBe(201);
      expect(published.body.version).toBe(original.regulationVersion + 1);

      const withDeadline = await eventually(async () => {
        const read = await customer().get(bundles(`/${bundleId}`));
        return read.body.validUntil ? read.body : undefined;
      });
      const expected = Date.parse(published.body.publishedAt) + 30 * 24 * 3600 * 1000;
      expect(Date.parse(withDeadline.validUntil)).toBe(expected);
      expect(withDeadline.status).toBe('APPROVED');
      const due = await customer().get(bundles('?hasValidUntil=true&sortBy=validUntil&sortDirection=DESC'));
      expect(due.body.data.map((b: { bundleId: string }) => b.bundleId)).toContain(bundleId);
      const before = new Date(expected + 1000).toISOString();
      expect(
        (await customer().get(bundles(`?validUntilBefore=${before}`))).body.data.map(
          (b: { bundleId: string }) => b.bundleId,
        ),
      ).toContain(bundleId);
      expect(
        (
          await customer().get(bundles(`?validUntilBefore=${new Date(expected - 1000).toISOString()}`))
        ).body.data.map((b: { bundleId: string }) => b.bundleId),
      ).not.toContain(bundleId);

      const copy = await customer().post(bundles(`/${bundleId}/copies`), { friendlyName: 'Update 2026' });
      expect(copy.status).toBe(201);
      expect(copy.body).toMatchObject({ status: 'DRAFT', copiedFrom: bundleId, friendlyName: 'Update 2026' });
      const copyId = copy.body.bundleId as string;
      const copyItems = (await customer().get(bundles(`/${copyId}/items`))).body.data as {
        assetType: string;
        assetId: string;
      }[];
      const originalItems = (await customer().get(bundles(`/${bundleId}/items`))).body.data as {
        assetId: string;
      }[];
      expect(copyItems).toHaveLength(3);
      expect(
        copyItems.map((i) => i.assetId).filter((id) => originalItems.some((o) => o.assetId === id)),
      ).toEqual([]);
      expect(
        (await customer().get(bundles(`/${bundleId}/copies`))).body.data.map(
          (b: { bundleId: string }) => b.bundleId,
        ),
      ).toEqual([copyId]);

      const evaluation = await customer().post(bundles(`/${copyId}/evaluations`));
      expect(evaluation.body).toMatchObject({
        status: 'NONCOMPLIANT',
        regulationVersion: published.body.version,
      });
      const endUserResult = evaluation.body.results.find(
        (r: { requirementName: string }) => r.requirementName === 'end_user',
      );
      expect(endUserResult).toMatchObject({
        passed: false,
        errorCode: 'END_USER_INVALID',
        invalidFields: [expect.objectContaining({ field: 'vatNumber', errorCode: 'REQUIRED' })],
      });
      expect(endUserResult.invalidFields[0].failureReason).toMatch(/is missing\. Enter the USt-IdNr\./);

      const copiedEndUser = copyItems.find((i) => i.assetType === 'END_USER')!.assetId;
      identity.store.patch(copiedEndUser, (asset) => {
        (asset as { fields: Record<string, string> }).fields.vatNumber = 'DE123456789';
      });
      const submitted = await customer().patch(bundles(`/${copyId}`), {
        status: 'PENDING_REVIEW',
        acknowledgements: { allDetailsAccurate: true },
      });
      expect(submitted.status).toBe(200);
      expect(submitted.body.regulationVersion).toBe(published.body.version);
      expect(
        (await customer().post(bundles(`/${bundleId}/replaceItems`), { fromBundleId: copyId })).status,
      ).toBe(409);
      expect(
        (await reviewer().post(`/v1/admin/bundles/${copyId}/decision`, { decision: 'APPROVE' })).body.status,
      ).toBe('APPROVED');
      expect((await customer().delete(bundles(`/${copyId}`))).status).toBe(409);
      expect(
        (await customer().post(bundles(`/${copyId}/replaceItems`), { fromBundleId: bundleId })).status,
      ).toBe(400);

      const replaced = await customer().post(bundles(`/${bundleId}/replaceItems`), { fromBundleId: copyId });
      expect(replaced.status).toBe(200);
      expect(replaced.body).toMatchObject({
        status: 'APPROVED',
        validUntil: null,
        regulationVersion: published.body.version,
      });
      expect(
        (await customer().get(bundles(`/${bundleId}/items`))).body.data.map(
          (i: { assetId: string }) => i.assetId,
        ),
      ).toEqual(copyItems.map((i) => i.assetId));
      expect((await customer().get(bundles(`/${copyId}/items`))).body.data).toEqual([]);
      expect(
        (await customer().post(bundles(`/${bundleId}/replaceItems`), { fromBundleId: copyId })).status,
      ).toBe(200);
      expect((await customer().delete(bundles(`/${copyId}`))).status).toBe(204);
      expect((await customer().get(bundles(`/${copyId}`))).status).toBe(404);
      expect((await customer().get(bundles(`/${bundleId}`))).body).toMatchObject({
        status: 'APPROVED',
        validUntil: null,
      });
    });

    it("copies and replaceItems refuse another account's bundles", async () => {
      const { bundleId } = await approvedBundle({ vatNumber: 'DE123456789' });
      expect((await as(otherKey).post(bundles(`/${bundleId}/copies`, otherAccountId))).status).toBe(404);
      const mine = (await as(otherKey).post(bundles('', otherAccountId), newBundle)).body.bundleId as string;
      expect(
        (
          await as(otherKey).post(bundles(`/${mine}/replaceItems`, otherAccountId), {
            fromBundleId: bundleId,
          })
        ).status,
      ).toBe(404);
      expect(
        (await customer().post(bundles(`/${bundleId}/replaceItems`), { fromBundleId: 'bun_x' })).status,
      ).toBe(404);
      expect((await customer().post(bundles(`/${bundleId}/replaceItems`), {})).status).toBe(400);
    });
  });
});
