import { eventually } from '@compliance/testing';
import { ADMIN_KEY, startAccountsStack, type AccountsStack } from './accounts-harness';
import {
  brandBody,
  brandsPath,
  brandXml,
  many,
  newAccount,
  xmlRequest,
  type Account,
} from './support/brands-client';

interface Vetting {
  vettingId: string;
  brandId: string;
  evpId: string;
  vettingClass: string;
  vettingStatus: string;
  vettingScore: number | null;
  createDate: string;
  vettedDate: string | null;
  failureReason: string | null;
}

const AEGIS_RECORD = '531D1FD09D68401EA0E4624B8B7D4A14';
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * 10DLC brands and vetting through the gateway: the brand-vetting, accounts services as their own processes, the
 * registry and vetting-provider simulators inside brand-vetting (vetting completes 300 ms after the request).
 * Every test uses fresh accounts, so the per-account rate limit (20 GET, 10 writes a minute) is never reached here;
 * brands-rate-limit.e2e.spec.ts tests it.
 */
describe('10DLC brands through the gateway', () => {
  let stack: AccountsStack;

  beforeAll(async () => {
    stack = await startAccountsStack('brands', { brands: true });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const json = (method: string, path: string, key: string, body?: unknown) =>
    stack.http(method, path, { key, ...(body !== undefined && { body }) });

  async function vettingsOf(account: Account, brandId: string): Promise<Vetting[]> {
    const listed = await json('GET', brandsPath(account.accountId, `/${brandId}/vetting`), account.apiKey);
    expect(listed.status).toBe(200);
    return listed.body.data as Vetting[];
  }

  it("walks the guide's four steps in JSON: revet, request vetting, import, fetch", async () => {
    const account = await newAccount(stack);
    const created = await json(
      'POST',
      brandsPath(account.accountId),
      account.apiKey,
      brandBody({ ein: '12-3456781' }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      brandId: expect.stringMatching(/^brd_[0-9A-Z]{26}$/),
      accountId: account.accountId,
      identityStatus: 'UNVERIFIED',
      companyName: 'Bandwidth Test Inc.',
      ein: '12-3456781',
      phone: '+18009999999',
      stockSymbol: null,
      createdAt: expect.stringMatching(ISO),
    });
    const brandId = created.body.brandId as string;
    const read = await json('GET', brandsPath(account.accountId, `/${brandId}`), account.apiKey);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);

    // 1. Revet: UNVERIFIED → the registry verifies it; a second revet is refused with 12210.
    const revetted = await json('PUT', brandsPath(account.accountId, `/${brandId}/revet`), account.apiKey);
    expect(revetted.status).toBe(200);
    expect(revetted.body).toMatchObject({ brandId, identityStatus: 'VERIFIED' });
    const again = await json('PUT', brandsPath(account.accountId, `/${brandId}/revet`), account.apiKey);
    expect(again.status).toBe(400);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    expect(again.body).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      errorCode: '12210',
      detail: `The Brand '${brandId}' with identity status 'VERIFIED' not allowed to revet`,
    });

    // 2. Request external vetting: PENDING now, ACTIVE with a score and vettedDate later; the same again → 12185/525.
    const requested = await json(
      'POST',
      brandsPath(account.accountId, `/${brandId}/vetting`),
      account.apiKey,
      {
        evpId: 'WMC',
        vettingClass: 'STANDARD',
      },
    );
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({
      evpId: 'WMC',
      vettingId: expect.stringMatching(/^vet_[0-9A-Z]{26}$/),
      vettingClass: 'STANDARD',
      vettingStatus: 'PENDING',
      createDate: expect.stringMatching(ISO),
      vettingScore: null,
      vettedDate: null,
    });
    const vettingId = requested.body.vettingId as string;
    const repeated = await json(
      'POST',
      brandsPath(account.accountId, `/${brandId}/vetting`),
      account.apiKey,
      {
        evpId: 'WMC',
        vettingClass: 'STANDARD',
      },
    );
    expect(repeated.status).toBe(400);
    expect(repeated.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errorCode: '12185',
      detail: 'A call to the campaign registry service has failed validation.',
      errors: [
        {
          field: 'brand',
          code: '525',
          message: 'Vetting re-submission not allowed with same brand information.',
        },
      ],
    });

    // 3. Import an AEGIS record (token required).
    const imported = await json('PUT', brandsPath(account.accountId, `/${brandId}/vetting`), account.apiKey, {
      evpId: 'AEGIS',
      vettingId: AEGIS_RECORD,
      vettingToken: 'aegis-token-1',
    });
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({
      evpId: 'AEGIS',
      vettingId: AEGIS_RECORD,
      vettingClass: 'STANDARD',
      vettingStatus: 'ACTIVE',
      vettingScore: expect.any(Number),
      createDate: expect.stringMatching(ISO),
      vettedDate: expect.stringMatching(ISO),
    });

    // 4. Fetch every record; the requested one completes by itself.
    const records = await eventually(
      async () => {
        const list = await vettingsOf(account, brandId);
        return list.find((v) => v.vettingId === vettingId)?.vettingStatus === 'ACTIVE' ? list : undefined;
      },
      { intervalMs: 400 },
    );
    expect(records.map((r) => r.vettingId)).toEqual([vettingId, AEGIS_RECORD]);
    const wmc = records[0]!;
    expect(wmc.vettingScore).toBeGreaterThanOrEqual(40);
    expect(wmc.vettingScore).toBeLessThanOrEqual(100);
    expect(wmc.vettedDate).toMatch(ISO);
    expect(Date.parse(wmc.vettedDate!)).toBeGreaterThan(Date.parse(wmc.createDate));

    const listed = await json('GET', brandsPath(account.accountId), account.apiKey);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({
      data: [expect.objectContaining({ brandId, identityStatus: 'VERIFIED' })],
      nextPageToken: null,
    });
  });

  it("walks the guide's four steps in the guide's XML", async () => {
    const account = await newAccount(stack);
    const created = await xmlRequest(
      stack,
      'POST',
      brandsPath(account.accountId),
      account.apiKey,
      brandXml({ ein: '987654321' }),
    );
    expect(created.status).toBe(201);
    expect(created.headers.get('content-type')).toContain('application/xml');
    expect(created.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const brand = created.doc.BrandResponse.Brand;
    expect(brand).toMatchObject({
      BrandId: expect.stringMatching(/^brd_/),
      IdentityStatus: 'UNVERIFIED',
      EntityType: 'PRIVATE_PROFIT',
      Ein: '987654321',
      Phone: '+18009999999',
      Website: 'https://www.bandwidth.com',
    });
    expect(brand.StockSymbol).toBeUndefined();
    const brandId = brand.BrandId as string;

    // 1. Revet (no body, as in the guide).
    const revetted = await xmlRequest(
      stack,
      'PUT',
      brandsPath(account.accountId, `/${brandId}/revet`),
      account.apiKey,
    );
    expect(revetted.status).toBe(200);
    expect(revetted.doc.BrandRevetResponse.Brand).toMatchObject({
      BrandId: brandId,
      IdentityStatus: 'VERIFIED',
    });
    const refused = await xmlRequest(
      stack,
      'PUT',
      brandsPath(account.accountId, `/${brandId}/revet`),
      account.apiKey,
    );
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/xml');
    expect(refused.doc).toEqual({
      BrandRevetResponse: {
        ResponseStatus: {
          ErrorCode: '12210',
          Description: `The Brand '${brandId}' with identity status 'VERIFIED' not allowed to revet`,
        },
      },
    });

    // 2. Request external vetting.
    const vettingXml =
      '<?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?>\n<BrandVetting>\n<EvpId>WMC</EvpId>\n<VettingClass>STANDARD</VettingClass>\n</BrandVetting>';
    const requested = await xmlRequest(
      stack,
      'POST',
      brandsPath(account.accountId, `/${brandId}/vetting`),
      account.apiKey,
      vettingXml,
    );
    expect(requested.status).toBe(201);
    const pending = requested.doc.BrandVettingResponse.BrandVetting;
    expect(pending).toEqual({
      VettingId: expect.stringMatching(/^vet_/),
      BrandId: brandId,
      EvpId: 'WMC',
      VettingClass: 'STANDARD',
      VettingStatus: 'PENDING',
      CreateDate: expect.stringMatching(ISO),
    });
    const again = await xmlRequest(
      stack,
      'POST',
      brandsPath(account.accountId, `/${brandId}/vetting`),
      account.apiKey,
      vettingXml,
    );
    expect(again.status).toBe(400);
    expect(again.doc).toEqual({
      BrandVettingResponse: {
        ResponseStatus: {
          ErrorCode: '12185',
          Description: 'A call to the campaign registry service has failed validation.',
        },
        Errors: {
          Error: {
            Code: '525',
            Description: 'Vetting re-submission not allowed with same brand information.',
            Field: 'brand',
          },
        },
      },
    });

    // 3. Import (AEGIS with its token).
    const imported = await xmlRequest(
      stack,
      'PUT',
      brandsPath(account.accountId, `/${brandId}/vetting`),
      account.apiKey,
      `<?xml version="1.0" encoding="UTF-8"?>\n<BrandVetting>\n<EvpId>AEGIS</EvpId>\n<VettingId>${AEGIS_RECORD}</VettingId>\n<VettingToken>tok-123</VettingToken>\n</BrandVetting>`,
    );
    expect(imported.status).toBe(200);
    expect(imported.doc.BrandVettingResponse.BrandVetting).toMatchObject({
      EvpId: 'AEGIS',
      VettingId: AEGIS_RECORD,
      VettingClass: 'STANDARD',
      VettingStatus: 'ACTIVE',
      VettingScore: expect.stringMatching(/^\d+$/),
      VettedDate: expect.stringMatching(ISO),
    });

    // 4. Fetch (a GET with only Content-Type: application/xml, as in the guide).
    const records = await eventually(
      async () => {
        const fetched = await xmlRequest(
          stack,
          'GET',
          brandsPath(account.accountId, `/${brandId}/vetting`),
          account.apiKey,
        );
        expect(fetched.status).toBe(200);
        const list = many(fetched.doc.BrandVettingsResponse.BrandVettings.BrandVetting) as Record<
          string,
          string
        >[];
        return list[0]?.VettingStatus === 'ACTIVE' ? list : undefined;
      },
      { intervalMs: 400 },
    );
    expect(records.map((r) => [r.EvpId, r.VettingId, r.VettingStatus])).toEqual([
      ['WMC', pending.VettingId, 'ACTIVE'],
      ['AEGIS', AEGIS_RECORD, 'ACTIVE'],
    ]);
    expect(Number(records[0]!.VettingScore)).toBeGreaterThanOrEqual(40);
    expect(records[0]!.VettedDate).toMatch(ISO);

    // The same resource answers JSON to a JSON client.
    const asJson = await json('GET', brandsPath(account.accountId, `/${brandId}`), account.apiKey);
    expect(asJson.body).toMatchObject({ brandId, identityStatus: 'VERIFIED', ein: '987654321' });
    // And XML by Accept alone.
    const byAccept = await fetch(`${stack.baseUrl}${brandsPath(account.accountId)}`, {
      headers: { authorization: `Bearer ${account.apiKey}`, accept: 'application/xml' },
    });
    expect(byAccept.headers.get('content-type')).toContain('application/xml');
    expect(await byAccept.text()).toContain(`<BrandsResponse><Brands><Brand><BrandId>${brandId}</BrandId>`);
  });

  it('replays an Idempotency-Key POST in the form it was asked in, and documents every brand endpoint', async () => {
    const account = await newAccount(stack);
    const headers = { 'idempotency-key': `brand-${account.accountId}` };
    const body = brandXml({ ein: '246' });
    const first = await xmlRequest(
      stack,
      'POST',
      brandsPath(account.accountId),
      account.apiKey,
      body,
      headers,
    );
    const replay = await xmlRequest(
      stack,
      'POST',
      brandsPath(account.accountId),
      account.apiKey,
      body,
      headers,
    );
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.headers.get('content-type')).toContain('application/xml');
    expect(replay.doc.BrandResponse.Brand.BrandId).toBe(first.doc.BrandResponse.Brand.BrandId);
    const listed = await json('GET', brandsPath(account.accountId), account.apiKey);
    expect(listed.body.data).toHaveLength(1);

    const docs = await fetch(`${stack.baseUrl}/docs-json`);
    const openApi = (await docs.json()) as {
      paths: Record<
        string,
        Record<
          string,
          { requestBody?: { content: Record<string, unknown> }; responses: Record<string, unknown> }
        >
      >;
    };
    const base = '/v1/accounts/{accountId}/campaignManagement/10dlc/brands';
    expect(Object.keys(openApi.paths[base] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(openApi.paths[`${base}/{brandId}`] ?? {})).toEqual(['get']);
    expect(Object.keys(openApi.paths[`${base}/{brandId}/revet`] ?? {})).toEqual(['put']);
    expect(Object.keys(openApi.paths[`${base}/{brandId}/vetting`] ?? {}).sort()).toEqual([
      'get',
      'post',
      'put',
    ]);
    expect(Object.keys(openApi.paths[base]!.post!.requestBody!.content)).toEqual(
      expect.arrayContaining(['application/json', 'application/xml']),
    );
    expect(Object.keys(openApi.paths[`${base}/{brandId}/vetting`]!.post!.responses)).toEqual(
      expect.arrayContaining(['201', '400', '404', '429']),
    );
  });

  it('gives each brand the identity status of the registry simulator, and revets only UNVERIFIED ones', async () => {
    const account = await newAccount(stack);
    const cases: [Record<string, unknown>, string][] = [
      [{ entityType: 'SOLE_PROPRIETOR' }, 'SELF_DECLARED'],
      [{ entityType: 'PUBLIC_PROFIT', stockSymbol: 'BAND', stockExchange: 'NASDAQ' }, 'VETTED_VERIFIED'],
      [{ ein: '111111112' }, 'VERIFIED'],
      [{ ein: '111111119' }, 'UNVERIFIED'],
    ];
    const ids: string[] = [];
    for (const [overrides, status] of cases) {
      const created = await json('POST', brandsPath(account.accountId), account.apiKey, brandBody(overrides));
      expect(created.status).toBe(201);
      expect(created.body.identityStatus).toBe(status);
      ids.push(created.body.brandId as string);
    }
    for (const brandId of ids.slice(0, 3)) {
      const refused = await json('PUT', brandsPath(account.accountId, `/${brandId}/revet`), account.apiKey);
      expect(refused.status).toBe(400);
      expect(refused.body.errorCode).toBe('12210');
    }
    // An EIN ending in 9 stays UNVERIFIED on revet, so it may be revetted again.
    const stays = await json('PUT', brandsPath(account.accountId, `/${ids[3]}/revet`), account.apiKey);
    expect(stays.status).toBe(200);
    expect(stays.body.identityStatus).toBe('UNVERIFIED');
  });

  it('fails a vetting the provider refuses, and takes the same request again once the brand information changed', async () => {
    const account = await newAccount(stack);
    const created = await json(
      'POST',
      brandsPath(account.accountId),
      account.apiKey,
      brandBody({ ein: '555' }),
    );
    expect(created.body.identityStatus).toBe('UNVERIFIED');
    const brandId = created.body.brandId as string;
    const path = brandsPath(account.accountId, `/${brandId}/vetting`);
    const statusOf = async (vettingId: string, wanted: string) =>
      eventually(
        async () => {
          const record = (await vettingsOf(account, brandId)).find((v) => v.vettingId === vettingId);
          return record?.vettingStatus === wanted ? record : undefined;
        },
        { intervalMs: 400 },
      );

    const unverified = await json('POST', path, account.apiKey, { evpId: 'AEGIS', vettingClass: 'STANDARD' });
    expect(unverified.status).toBe(201);
    expect(await statusOf(unverified.body.vettingId as string, 'FAILED')).toMatchObject({
      evpId: 'AEGIS',
      vettingScore: null,
      vettedDate: null,
      failureReason: expect.stringContaining('UNVERIFIED'),
    });

    // A revet changes what the registry knows of the brand: the same request is taken again, and now passes.
    const revetted = await json('PUT', brandsPath(account.accountId, `/${brandId}/revet`), account.apiKey);
    expect(revetted.body.identityStatus).toBe('VERIFIED');
    const retried = await json('POST', path, account.apiKey, { evpId: 'AEGIS', vettingClass: 'STANDARD' });
    expect(retried.status).toBe(201);
    const political = await json('POST', path, account.apiKey, { evpId: 'WMC', vettingClass: 'POLITICAL' });
    expect(political.status).toBe(201);
    expect(await statusOf(retried.body.vettingId as string, 'ACTIVE')).toMatchObject({
      vettingScore: expect.any(Number),
      failureReason: null,
    });
    expect(await statusOf(political.body.vettingId as string, 'FAILED')).toMatchObject({
      evpId: 'WMC',
      vettingClass: 'POLITICAL',
      failureReason: expect.stringContaining('POLITICAL'),
    });
    const records = await vettingsOf(account, brandId);
    expect(records.map((r) => r.vettingId)).toEqual([
      unverified.body.vettingId,
      retried.body.vettingId,
      political.body.vettingId,
    ]);
  });

  describe('bad input (JSON)', () => {
    it('lists every missing field at once and records nothing', async () => {
      const account = await newAccount(stack);
      const answer = await json('POST', brandsPath(account.accountId), account.apiKey, {});
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
      const fields = new Set((answer.body.errors as { field: string }[]).map((e) => e.field));
      for (const field of [
        'entityType',
        'companyName',
        'displayName',
        'ein',
        'einIssuingCountry',
        'phone',
        'email',
        'street',
        'city',
        'state',
        'postalCode',
        'country',
        'vertical',
      ]) {
        expect(fields).toContain(field);
      }
      for (const optional of [
        'website',
        'stockSymbol',
        'stockExchange',
        'altBusinessId',
        'altBusinessIdType',
      ]) {
        expect(fields).not.toContain(optional);
      }
      const listed = await json('GET', brandsPath(account.accountId), account.apiKey);
      expect(listed.body).toEqual({ data: [], nextPageToken: null });
    });

    it('names each malformed field, rejects unknown, oversized and hostile input, and records nothing', async () => {
      const account = await newAccount(stack);
      const malformed = await json(
        'POST',
        brandsPath(account.accountId),
        account.apiKey,
        brandBody({
          entityType: 'CORPORATION',
          ein: '12 34',
          einIssuingCountry: 'usa',
          phone: '919-555-0100',
          email: 'not-an-email',
          postalCode: '!',
          country: 'us',
          website: 'ftp://example.com',
          vertical: 'SPACE',
          stockExchange: 'MOON',
          altBusinessId: '123',
        }),
      );
      expect(malformed.status).toBe(400);
      expect(new Set((malformed.body.errors as { field: string }[]).map((e) => e.field))).toEqual(
        new Set([
          'entityType',
          'ein',
          'einIssuingCountry',
          'phone',
          'email',
          'postalCode',
          'country',
          'website',
          'vertical',
          'stockExchange',
          'altBusinessIdType',
        ]),
      );
      const publicWithoutStock = await json(
        'POST',
        brandsPath(account.accountId),
        account.apiKey,
        brandBody({ entityType: 'PUBLIC_PROFIT' }),
      );
      expect(publicWithoutStock.status).toBe(400);
      expect((publicWithoutStock.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
        'stockExchange',
        'stockSymbol',
      ]);
      const unknown = await json(
        'POST',
        brandsPath(account.accountId),
        account.apiKey,
        brandBody({ cspId: 'X' }),
      );
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'cspId' })]);
      const oversized = await json(
        'POST',
        brandsPath(account.accountId),
        account.apiKey,
        brandBody({ companyName: 'A'.repeat(256) }),
      );
      expect(oversized.status).toBe(400);
      expect(oversized.body.errors).toEqual([expect.objectContaining({ field: 'companyName' })]);
      const hostile = await json(
        'POST',
        brandsPath(account.accountId),
        account.apiKey,
        brandBody({ displayName: 'Evil\u0000Name', city: { $gt: '' } }),
      );
      expect(hostile.status).toBe(400);
      expect((hostile.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
        'city',
        'displayName',
      ]);
      const tooLarge = await json(
        'POST',
        brandsPath(account.accountId),
        account.apiKey,
        brandBody({ companyName: 'x'.repeat(1024 * 1024 + 10) }),
      );
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.body.code).toBe('PAYLOAD_TOO_LARGE');
      const listed = await json('GET', brandsPath(account.accountId), account.apiKey);
      expect(listed.body.data).toEqual([]);
    });

    it('refuses CV and unknown providers or classes on requests, imports without token or of unknown records', async () => {
      const account = await newAccount(stack);
      const created = await json(
        'POST',
        brandsPath(account.accountId),
        account.apiKey,
        brandBody({ ein: '2' }),
      );
      const path = brandsPath(account.accountId, `/${created.body.brandId}/vetting`);
      const cv = await json('POST', path, account.apiKey, { evpId: 'CV', vettingClass: 'STANDARD' });
      expect(cv.status).toBe(400);
      expect(cv.body.errors).toEqual([
        expect.objectContaining({ field: 'evpId', message: expect.stringContaining('CV') }),
      ]);
      const unknown = await json('POST', path, account.apiKey, { evpId: 'ACME', vettingClass: 'PREMIUM' });
      expect(unknown.status).toBe(400);
      expect((unknown.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
        'evpId',
        'vettingClass',
      ]);
      const noToken = await json('PUT', path, account.apiKey, { evpId: 'AEGIS', vettingId: AEGIS_RECORD });
      expect(noToken.status).toBe(400);
      expect(noToken.body.errors).toEqual([expect.objectContaining({ field: 'vettingToken' })]);
      const unknownRecord = await json('PUT', path, account.apiKey, {
        evpId: 'WMC',
        vettingId: '0000D09D68401EA0E4624B8B7D4A1400',
      });
      expect(unknownRecord.status).toBe(400);
      expect(unknownRecord.body.errors).toEqual([
        expect.objectContaining({ field: 'vettingId', code: 'UNKNOWN_VETTING_RECORD' }),
      ]);
      const badId = await json('PUT', path, account.apiKey, { evpId: 'CV', vettingId: '../../etc/passwd' });
      expect(badId.status).toBe(400);
      expect(badId.body.errors).toEqual([expect.objectContaining({ field: 'vettingId' })]);
      const cvImport = await json('PUT', path, account.apiKey, {
        evpId: 'CV',
        vettingId: '2ee15ee2-8e77-4c5c-ed14-08d99db075c6',
      });
      expect(cvImport.status).toBe(200);
      expect(cvImport.body).toMatchObject({ evpId: 'CV', vettingStatus: 'ACTIVE' });
      const records = await vettingsOf(account, created.body.brandId as string);
      expect(records.map((r) => r.evpId)).toEqual(['CV']);
    });
  });

  describe('bad input (XML)', () => {
    it("answers malformed XML, unknown elements, a wrong root and DTDs with the guide's error body", async () => {
      const account = await newAccount(stack);
      const path = brandsPath(account.accountId);
      const malformed = await xmlRequest(
        stack,
        'POST',
        path,
        account.apiKey,
        '<Brand><CompanyName>x</Brand>',
      );
      expect(malformed.status).toBe(400);
      expect(malformed.doc.BrandResponse.ResponseStatus.ErrorCode).toBe('VALIDATION_FAILED');
      expect(malformed.doc.BrandResponse.ResponseStatus.Description).toContain('not well-formed XML');

      const unknown = await xmlRequest(
        stack,
        'POST',
        path,
        account.apiKey,
        brandXml({}, '<CspId>CMHSJ9</CspId><IsMain>true</IsMain>'),
      );
      expect(unknown.status).toBe(400);
      expect(many(unknown.doc.BrandResponse.Errors.Error)).toEqual([
        expect.objectContaining({ Code: 'UNKNOWN_ELEMENT', Field: 'CspId' }),
        expect.objectContaining({ Code: 'UNKNOWN_ELEMENT', Field: 'IsMain' }),
      ]);

      const wrongRoot = await xmlRequest(
        stack,
        'POST',
        path,
        account.apiKey,
        '<BrandVetting><EvpId>WMC</EvpId></BrandVetting>',
      );
      expect(wrongRoot.status).toBe(400);
      expect(many(wrongRoot.doc.BrandResponse.Errors.Error)[0]).toMatchObject({ Code: 'UNKNOWN_ELEMENT' });

      const dtd = await xmlRequest(
        stack,
        'POST',
        path,
        account.apiKey,
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><Brand><CompanyName>&lol2;</CompanyName></Brand>',
      );
      expect(dtd.status).toBe(400);
      expect(many(dtd.doc.BrandResponse.Errors.Error)[0]).toMatchObject({ Code: 'DTD_NOT_ALLOWED' });

      const missing = await xmlRequest(
        stack,
        'POST',
        path,
        account.apiKey,
        '<Brand><CompanyName>Only</CompanyName><Ein><Nested>1</Nested></Ein></Brand>',
      );
      expect(missing.status).toBe(400);
      const fields = many(missing.doc.BrandResponse.Errors.Error).map((e: { Field: string }) => e.Field);
      expect(fields).toEqual(expect.arrayContaining(['entityType', 'phone', 'email', 'ein', 'vertical']));
      expect(fields).not.toContain('companyName');

      const listed = await json('GET', path, account.apiKey);
      expect(listed.body.data).toEqual([]);
    });

    it("refuses unknown providers, classes and the guide example's <VettingId> on a vetting request", async () => {
      const account = await newAccount(stack);
      const created = await json(
        'POST',
        brandsPath(account.accountId),
        account.apiKey,
        brandBody({ ein: '4' }),
      );
      const path = brandsPath(account.accountId, `/${created.body.brandId}/vetting`);
      const unknown = await xmlRequest(
        stack,
        'POST',
        path,
        account.apiKey,
        '<BrandVetting><EvpId>CV</EvpId><VettingClass>GOLD</VettingClass></BrandVetting>',
      );
      expect(unknown.status).toBe(400);
      expect(
        many(unknown.doc.BrandVettingResponse.Errors.Error)
          .map((e: { Field: string }) => e.Field)
          .sort(),
      ).toEqual(['evpId', 'vettingClass']);
      const guideTypo = await xmlRequest(
        stack,
        'POST',
        path,
        account.apiKey,
        '<BrandVetting><EvpId>WMC</EvpId><VettingId>STANDARD</VettingId></BrandVetting>',
      );
      expect(guideTypo.status).toBe(400);
      expect(many(guideTypo.doc.BrandVettingResponse.Errors.Error)[0]).toMatchObject({
        Code: 'UNKNOWN_ELEMENT',
        Field: 'VettingId',
        Description: expect.stringContaining('VettingClass'),
      });
      const noToken = await xmlRequest(
        stack,
        'PUT',
        path,
        account.apiKey,
        `<BrandVetting><EvpId>AEGIS</EvpId><VettingId>${AEGIS_RECORD}</VettingId></BrandVetting>`,
      );
      expect(noToken.status).toBe(400);
      expect(many(noToken.doc.BrandVettingResponse.Errors.Error)[0]).toMatchObject({ Field: 'vettingToken' });
      const unknownRecord = await xmlRequest(
        stack,
        'PUT',
        path,
        account.apiKey,
        '<BrandVetting><EvpId>WMC</EvpId><VettingId>00000000000000000000000000000000</VettingId></BrandVetting>',
      );
      expect(unknownRecord.status).toBe(400);
      expect(many(unknownRecord.doc.BrandVettingResponse.Errors.Error)[0]).toMatchObject({
        Code: 'UNKNOWN_VETTING_RECORD',
      });
      const body = await xmlRequest(
        stack,
        'PUT',
        brandsPath(account.accountId, `/${created.body.brandId}/revet`),
        account.apiKey,
        '<Brand/>',
      );
      expect(body.status).toBe(400);
      expect(body.doc.BrandRevetResponse.ResponseStatus.ErrorCode).toBe('VALIDATION_FAILED');
      const records = await vettingsOf(account, created.body.brandId as string);
      expect(records).toEqual([]);
    });

    it('keeps XML off every other route (415, JSON as before)', async () => {
      const admin = await fetch(`${stack.baseUrl}/v1/admin/accounts`, {
        method: 'POST',
        headers: { 'content-type': 'application/xml', authorization: `Bearer ${ADMIN_KEY}` },
        body: '<Account><Name>x</Name></Account>',
      });
      expect(admin.status).toBe(415);
      expect(admin.headers.get('content-type')).toContain('application/problem+json');
    });
  });

  describe('tenancy', () => {
    it("answers another account's brand as unknown (404) in JSON and XML, and a key on another account's path 403", async () => {
      const owner = await newAccount(stack, 'Owner');
      const other = await newAccount(stack, 'Other');
      const created = await json('POST', brandsPath(owner.accountId), owner.apiKey, brandBody({ ein: '7' }));
      const brandId = created.body.brandId as string;
      const otherPath = (rest: string) => brandsPath(other.accountId, rest);
      const attempts: [string, string, unknown?][] = [
        ['GET', otherPath(`/${brandId}`)],
        ['PUT', otherPath(`/${brandId}/revet`)],
        ['POST', otherPath(`/${brandId}/vetting`), { evpId: 'WMC', vettingClass: 'STANDARD' }],
        ['PUT', otherPath(`/${brandId}/vetting`), { evpId: 'WMC', vettingId: AEGIS_RECORD }],
        ['GET', otherPath(`/${brandId}/vetting`)],
        ['GET', otherPath('/brd_01JGFJJZ000000000000000000')],
        ['GET', otherPath('/not-an-id')],
      ];
      for (const [method, path, body] of attempts) {
        const answer = await json(method, path, other.apiKey, body);
        expect({ method, path, status: answer.status, code: answer.body?.code }).toEqual({
          method,
          path,
          status: 404,
          code: 'NOT_FOUND',
        });
      }
      const listed = await json('GET', otherPath(''), other.apiKey);
      expect(listed.body.data).toEqual([]);
      const xml = await xmlRequest(stack, 'GET', otherPath(`/${brandId}/vetting`), other.apiKey);
      expect(xml.status).toBe(404);
      expect(xml.doc.BrandVettingResponse.ResponseStatus.ErrorCode).toBe('NOT_FOUND');

      const forbidden = await json('GET', brandsPath(owner.accountId, `/${brandId}`), other.apiKey);
      expect(forbidden.status).toBe(403);
      const forbiddenXml = await xmlRequest(
        stack,
        'PUT',
        brandsPath(owner.accountId, `/${brandId}/revet`),
        other.apiKey,
      );
      expect(forbiddenXml.status).toBe(403);
      expect(forbiddenXml.doc.BrandRevetResponse.ResponseStatus.ErrorCode).toBe('FORBIDDEN');
      const anonymous = await xmlRequest(stack, 'GET', brandsPath(owner.accountId), undefined);
      expect(anonymous.status).toBe(401);
      expect(anonymous.doc.BrandResponse.ResponseStatus.ErrorCode).toBe('UNAUTHENTICATED');

      // The owner's brand is untouched by all of it.
      const own = await json('GET', brandsPath(owner.accountId, `/${brandId}`), owner.apiKey);
      expect(own.body).toEqual(created.body);
      expect(await vettingsOf(owner, brandId)).toEqual([]);
    });

    it('pages the brand list with nextPageToken and refuses a forged token', async () => {
      const account = await newAccount(stack);
      const ids: string[] = [];
      for (const ein of ['10', '12', '14']) {
        const created = await json('POST', brandsPath(account.accountId), account.apiKey, brandBody({ ein }));
        ids.push(created.body.brandId as string);
      }
      const first = await json('GET', `${brandsPath(account.accountId)}?pageSize=2`, account.apiKey);
      expect((first.body.data as { brandId: string }[]).map((b) => b.brandId)).toEqual(ids.slice(0, 2));
      expect(first.body.nextPageToken).toEqual(expect.any(String));
      const second = await json(
        'GET',
        `${brandsPath(account.accountId)}?pageSize=2&pageToken=${first.body.nextPageToken}`,
        account.apiKey,
      );
      expect(second.body).toEqual({
        data: [expect.objectContaining({ brandId: ids[2] })],
        nextPageToken: null,
      });
      const forged = await json(
        'GET',
        `${brandsPath(account.accountId)}?pageToken=bm90LWEtYnJhbmQ`,
        account.apiKey,
      );
      expect(forged.status).toBe(400);
      const tooBig = await json('GET', `${brandsPath(account.accountId)}?pageSize=1000`, account.apiKey);
      expect(tooBig.status).toBe(400);
    });
  });
});
