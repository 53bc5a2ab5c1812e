/* eslint-disable @typescript-eslint/no-unsafe-call -- the bodies are JSON of every shape, read as the API documents them */
import { eventually } from '@compliance/testing';
import { ADMIN_KEY, startAccountsStack, type AccountsStack } from './accounts-harness';

const pdf = (text: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );

/**
 * The seed flows with every service real: accounts, catalog, identity-assets and bundle-lifecycle as their own
 * processes, the gateway in-process, real Kafka and PostgreSQL. Assets are created through the public API.
 */
describe('bundles with the real identity-assets', () => {
  let stack: AccountsStack;
  let accountId: string;
  let customerKey: string;
  let reviewerKey: string;
  const compliance = (p: string) => `/v1/accounts/${accountId}/compliance${p}`;
  const call = (method: string, p: string, body?: unknown, key = customerKey) =>
    stack.http(method, p, { key, ...(body !== undefined && { body }) });

  beforeAll(async () => {
    stack = await startAccountsStack('bundles_identity', { identity: true, bundles: true });
    const created = await stack.http('POST', '/v1/admin/accounts', {
      key: ADMIN_KEY,
      body: { name: 'Real GmbH' },
    });
    ({ accountId, apiKey: customerKey } = created.body as { accountId: string; apiKey: string });
    const staff = await stack.http('POST', '/v1/admin/staff', {
      key: ADMIN_KEY,
      body: { name: 'R', role: 'REVIEWER' },
    });
    reviewerKey = (staff.body as { apiKey: string }).apiKey;
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function upload(metadata: unknown, file: Buffer) {
    const form = new FormData();
    form.append('metadata', JSON.stringify(metadata));
    form.append('file', new Blob([file], { type: 'application/pdf' }), 'extract.pdf');
    const response = await fetch(`${stack.baseUrl}${compliance('/documents')}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${customerKey}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async function assets() {
    const endUser = await call('POST', compliance('/endUsers'), {
      type: 'BUSINESS',
      friendlyName: 'Real GmbH',
      fields: {
        businessName: 'Real GmbH',
        authorizedRepresentativeFirstName: 'Anna',
        authorizedRepresentativeLastName: 'Schmidt',
      },
    });
    expect(endUser.status).toBe(201);
    const address = await call('POST', compliance('/addresses'), {
      customerName: 'Real GmbH',
      street: 'Unter den Linden 1',
      city: 'Berlin',
      postalCode: '10117',
      country: 'DE',
    });
    expect(address.status).toBe(201);
    const document = await upload(
      {
        type: 'businessRegistration',
        friendlyName: 'HR extract',
        fields: { businessName: 'Real GmbH', registrationNumber: 'HRB 1', issueDate: '2026-01-05' },
      },
      pdf('extract'),
    );
    expect(document.status).toBe(201);
    return {
      endUser: endUser.body.endUserId as string,
      address: address.body.addressId as string,
      document: document.body.documentId as string,
    };
  }

  async function bundleWithItems() {
    const created = await call('POST', compliance('/bundles'), {
      country: 'DE',
      numberType: 'LOCAL',
      endUserType: 'BUSINESS',
      friendlyName: 'Real',
      email: 'real@example.com',
    });
    expect(created.status).toBe(201);
    const bundleId = created.body.bundleId as string;
    const ids = await assets();
    const items: Record<string, string> = {};
    for (const [assetType, assetId] of [
      ['END_USER', ids.endUser],
      ['ADDRESS', ids.address],
      ['DOCUMENT', ids.document],
    ] as const) {
      const item = await call('POST', compliance(`/bundles/${bundleId}/items`), { assetType, assetId });
      expect(item.status).toBe(201);
      items[assetType] = item.body.itemId as string;
    }
    return { bundleId, ids, items };
  }

  const submit = (bundleId: string) =>
    call('PATCH', compliance(`/bundles/${bundleId}`), {
      status: 'PENDING_REVIEW',
      acknowledgements: { allDetailsAccurate: true },
    });

  it('the Bandwidth flow: assets through the API → items → evaluation → submit (assets locked) → review → approved assets', async () => {
    const { bundleId, ids } = await bundleWithItems();
    const evaluation = await call('POST', compliance(`/bundles/${bundleId}/evaluations`));
    expect(evaluation.body.status).toBe('COMPLIANT');
    expect((await submit(bundleId)).body.status).toBe('PENDING_REVIEW');
    await eventually(async () => {
      const locked = await call('PATCH', compliance(`/endUsers/${ids.endUser}`), { friendlyName: 'changed' });
      return locked.status === 409 && locked.body.code === 'ASSET_LOCKED' ? true : undefined;
    });
    expect(
      (await call('POST', `/v1/admin/bundles/${bundleId}/claim`, undefined, reviewerKey)).body.status,
    ).toBe('IN_REVIEW');
    const approved = await call(
      'POST',
      `/v1/admin/bundles/${bundleId}/decision`,
      { decision: 'APPROVE' },
      reviewerKey,
    );
    expect(approved.body.status).toBe('APPROVED');
    await eventually(async () => {
      const document = await call('GET', compliance(`/documents/${ids.document}`));
      return document.body.status === 'APPROVED' ? true : undefined;
    });
  });

  it('the Plivo flow: a rejection with an item failure reaches the asset; fix, resubmit, approve', async () => {
    const { bundleId, ids, items } = await bundleWithItems();
    await submit(bundleId);
    const rejected = await call(
      'POST',
      `/v1/admin/bundles/${bundleId}/decision`,
      {
        decision: 'REJECT',
        remarks: 'Extract unreadable',
        itemFailures: [{ itemId: items.DOCUMENT, failureReason: 'Unreadable scan' }],
      },
      reviewerKey,
    );
    expect(rejected.body).toMatchObject({ status: 'REJECTED', remarks: 'Extract unreadable' });
    await eventually(async () => {
      const document = await call('GET', compliance(`/documents/${ids.document}`));
      return document.body.status === 'REJECTED' && document.body.failureReason === 'Unreadable scan'
        ? true
        : undefined;
    });
    const fresh = await upload(
      {
        type: 'businessRegistration',
        friendlyName: 'HR extract 2',
        fields: { businessName: 'Real GmbH', registrationNumber: 'HRB 1', issueDate: '2026-11-01' },
      },
      pdf('better'),
    );
    expect((await call('DELETE', compliance(`/bundles/${bundleId}/items/${items.DOCUMENT}`))).status).toBe(
      204,
    );
    expect(
      (
        await call('POST', compliance(`/bundles/${bundleId}/items`), {
          assetType: 'DOCUMENT',
          assetId: fresh.body.documentId,
        })
      ).status,
    ).toBe(201);
    expect((await submit(bundleId)).body.status).toBe('PENDING_REVIEW');
    expect(
      (await call('POST', `/v1/admin/bundles/${bundleId}/decision`, { decision: 'APPROVE' }, reviewerKey))
        .body.status,
    ).toBe('APPROVED');
  });

  it('the Twilio update flow: new version → validUntil → copy with copied assets → evaluation names the gap → fix the copy → approve → replaceItems → delete the copy', async () => {
    const { bundleId, ids } = await bundleWithItems();
    await submit(bundleId);
    await call('POST', `/v1/admin/bundles/${bundleId}/decision`, { decision: 'APPROVE' }, reviewerKey);
    const original = (await call('GET', compliance(`/bundles/${bundleId}`))).body;
    const regulation = (await call('GET', compliance(`/regulations/${original.regulationId}`))).body;
    const stricter = structuredClone(regulation.requirement);
    stricter.endUser.fields = stricter.endUser.fields.map((f: { name: string }) =>
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
        gracePeriodDays: 14,
      },
    });
    expect(published.status).toBe(201);
    await eventually(async () =>
      (await call('GET', compliance(`/bundles/${bundleId}`))).body.validUntil ? true : undefined,
    );
    const due = await call('GET', compliance('/bundles?hasValidUntil=true'));
    expect(due.body.data.map((b: { bundleId: string }) => b.bundleId)).toContain(bundleId);

    const copy = await call('POST', compliance(`/bundles/${bundleId}/copies`), {});
    expect(copy.status).toBe(201);
    const copyId = copy.body.bundleId as string;
    const copyItems = (await call('GET', compliance(`/bundles/${copyId}/items`))).body.data as {
      assetType: string;
      assetId: string;
    }[];
    const copiedEndUser = copyItems.find((i) => i.assetType === 'END_USER')!.assetId;
    expect(copiedEndUser).not.toBe(ids.endUser);
    const evaluation = await call('POST', compliance(`/bundles/${copyId}/evaluations`));
    expect(evaluation.body.status).toBe('NONCOMPLIANT');
    expect(evaluation.body.results[0].invalidFields).toEqual([
      expect.objectContaining({ field: 'vatNumber', errorCode: 'REQUIRED' }),
    ]);
    const fixed = await call('PATCH', compliance(`/endUsers/${copiedEndUser}`), {
      fields: { vatNumber: 'DE123456789' },
    });
    expect(fixed.status).toBe(200);
    expect((await submit(copyId)).body.status).toBe('PENDING_REVIEW');
    expect(
      (await call('POST', `/v1/admin/bundles/${copyId}/decision`, { decision: 'APPROVE' }, reviewerKey)).body
        .status,
    ).toBe('APPROVED');
    const replaced = await call('POST', compliance(`/bundles/${bundleId}/replaceItems`), {
      fromBundleId: copyId,
    });
    expect(replaced.body).toMatchObject({
      status: 'APPROVED',
      validUntil: null,
      regulationVersion: published.body.version,
    });
    expect((await call('GET', compliance(`/bundles/${copyId}/items`))).body.data).toEqual([]);
    expect((await call('DELETE', compliance(`/bundles/${copyId}`))).status).toBe(204);
  });
});
