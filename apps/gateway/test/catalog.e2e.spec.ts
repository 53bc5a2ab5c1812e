import { newId } from '@compliance/contracts';
import { ADMIN_KEY, startAccountsStack, type AccountsStack } from './accounts-harness';

interface Regulation {
  regulationId: string;
  version: number;
  country: string;
  numberType: string;
  endUserType: string;
  friendlyName: string;
  publishedAt: string;
  requirement: {
    endUser: { type: string; fields: { name: string }[] };
    address: { required: boolean; location: string };
    supportingDocuments: { name: string; description: string; acceptedDocumentTypes: string[] }[];
  };
}

interface CityRow {
  city: string;
  postalCode: string;
}

/**
 * The requirements catalog through the gateway: the catalog service and the accounts service run as their own
 * processes (built `dist/main.js`) on a fresh database and topic namespace; the catalog seeds itself from its data.
 */
describe('catalog through the gateway', () => {
  let stack: AccountsStack;
  let accountId: string;
  let customerKey: string;
  let otherAccountId: string;
  let reviewerKey: string;
  const compliance = (path: string, account = accountId) => `/v1/accounts/${account}/compliance${path}`;
  const get = (path: string, key = customerKey) => stack.http('GET', path, { key });
  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field).sort();

  beforeAll(async () => {
    stack = await startAccountsStack('catalog', { catalog: true });
    const created = await stack.http('POST', '/v1/admin/accounts', {
      key: ADMIN_KEY,
      body: { name: 'Cat Ltd' },
    });
    expect(created.status).toBe(201);
    ({ accountId, apiKey: customerKey } = created.body as { accountId: string; apiKey: string });
    const other = await stack.http('POST', '/v1/admin/accounts', { key: ADMIN_KEY, body: { name: 'Other' } });
    expect(other.status).toBe(201);
    otherAccountId = (other.body as { accountId: string }).accountId;
    const reviewer = await stack.http('POST', '/v1/admin/staff', {
      key: ADMIN_KEY,
      body: { name: 'Rita Reviewer', role: 'REVIEWER' },
    });
    expect(reviewer.status).toBe(201);
    reviewerKey = (reviewer.body as { apiKey: string }).apiKey;
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describe('requirements', () => {
    it('DEU LOCAL BUSINESS asks for a local address, whatever the spelling of country and number type', async () => {
      const answers: Regulation[][] = [];
      for (const [country, numberType] of [
        ['DEU', 'LOCAL'],
        ['de', 'LOCAL'],
        ['DE', 'GEOGRAPHIC'],
        ['deu', 'GEOGRAPHIC'],
      ]) {
        const result = await get(
          compliance(`/requirements?country=${country}&numberType=${numberType}&endUserType=BUSINESS`),
        );
        expect(result.status).toBe(200);
        expect(result.body.nextPageToken).toBeNull();
        answers.push(result.body.data as Regulation[]);
      }
      const [first] = answers;
      expect(first).toHaveLength(1);
      expect(first![0]).toMatchObject({
        regulationId: expect.stringMatching(/^reg_[0-9A-Z]{26}$/),
        version: expect.any(Number),
        country: 'DEU',
        numberType: 'LOCAL',
        endUserType: 'BUSINESS',
        friendlyName: expect.any(String),
        publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        requirement: {
          endUser: { type: 'BUSINESS', fields: expect.any(Array) },
          address: { required: true, location: 'LOCAL' },
          supportingDocuments: expect.any(Array),
        },
      });
      for (const answer of answers) expect(answer).toEqual(first);
    });

    it('filters by each parameter alone, and without filters lists the latest version of every regulation', async () => {
      const germany = await get(compliance('/requirements?country=DE'));
      expect(germany.status).toBe(200);
      const deu = germany.body.data as Regulation[];
      expect(deu.length).toBeGreaterThan(1);
      expect(new Set(deu.map((r) => r.country))).toEqual(new Set(['DEU']));
      const pairs = deu.map((r) => `${r.numberType}/${r.endUserType}`);
      expect(new Set(pairs).size).toBe(pairs.length);
      expect(pairs).toEqual(expect.arrayContaining(['LOCAL/INDIVIDUAL', 'LOCAL/BUSINESS']));

      const usa = await get(compliance('/requirements?country=us&numberType=TOLL_FREE'));
      expect(usa.status).toBe(200);
      expect(usa.body.data).toEqual([
        expect.objectContaining({ country: 'USA', numberType: 'TOLL_FREE', endUserType: 'BUSINESS' }),
      ]);
      const none = await get(compliance('/requirements?country=USA&numberType=LOCAL&endUserType=INDIVIDUAL'));
      expect(none.status).toBe(200);
      expect(none.body).toEqual({ data: [], nextPageToken: null });

      const all = await get(compliance('/requirements'));
      expect(all.status).toBe(200);
      const every = all.body.data as Regulation[];
      expect(new Set(every.map((r) => r.country)).size).toBeGreaterThanOrEqual(30);
      expect(new Set(every.map((r) => r.regulationId)).size).toBe(every.length);
      const individuals = await get(compliance('/requirements?endUserType=individual'));
      expect(individuals.status).toBe(200);
      expect((individuals.body.data as Regulation[]).map((r) => r.regulationId).sort()).toEqual(
        every
          .filter((r) => r.endUserType === 'INDIVIDUAL')
          .map((r) => r.regulationId)
          .sort(),
      );
    });

    it.each([
      ['country ZZ', 'country', 'country=ZZ'],
      ['country ZZZ', 'country', 'country=ZZZ'],
      ['a numeric country code', 'country', 'country=276'],
      ['number type SATELLITE', 'numberType', 'numberType=SATELLITE'],
      ['end-user type ROBOT', 'endUserType', 'endUserType=ROBOT'],
      ['an SQL fragment', 'country', `country=${encodeURIComponent("' OR 1=1 --")}`],
      ['a 65-character country', 'country', `country=${'D'.repeat(65)}`],
      ['a 10 000-character number type', 'numberType', `numberType=${'x'.repeat(10_000)}`],
      ['a repeated parameter', 'country', 'country=DE&country=FR'],
      ['an unknown parameter', 'colour', 'colour=blue'],
    ])('%s → 400 VALIDATION_FAILED naming %s', async (_what, field, query) => {
      const result = await get(compliance(`/requirements?${query}`));
      expect(result.status).toBe(400);
      expect(result.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(result.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      expect(fieldsOf(result.body)).toEqual([field]);
    });

    it('lists every bad filter at once', async () => {
      const result = await get(
        compliance('/requirements?country=ZZ&numberType=SATELLITE&endUserType=BUSINESS'),
      );
      expect(result.status).toBe(400);
      expect(fieldsOf(result.body)).toEqual(['country', 'numberType']);
    });

    it("a customer key on another account's path is 403; staff keys may read under any account", async () => {
      const path = '/requirements?country=DE';
      const foreign = await get(compliance(path, otherAccountId));
      expect(foreign.status).toBe(403);
      expect(foreign.body.code).toBe('FORBIDDEN');
      expect((await get(compliance('/endUserTypes', otherAccountId))).status).toBe(403);
      expect((await get(compliance(path, otherAccountId), reviewerKey)).status).toBe(200);
      expect((await get(compliance(path, otherAccountId), ADMIN_KEY)).status).toBe(200);
      expect((await stack.http('GET', compliance(path))).status).toBe(401);
      expect((await get(compliance(path, 'acc_not-an-id'), ADMIN_KEY)).status).toBe(404);
    });
  });

  describe('regulations', () => {
    it('reads a regulation by id, its versions by ?version=, and 404 for unknown ids and versions', async () => {
      const found = await get(compliance('/requirements?country=FR&numberType=LOCAL&endUserType=INDIVIDUAL'));
      const [regulation] = found.body.data as Regulation[];
      expect(regulation).toBeDefined();
      const byId = await get(compliance(`/regulations/${regulation!.regulationId}`));
      expect(byId.status).toBe(200);
      expect(byId.body).toEqual(regulation);
      const first = await get(compliance(`/regulations/${regulation!.regulationId}?version=1`));
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        regulationId: regulation!.regulationId,
        version: 1,
        country: 'FRA',
      });

      const beyond = await get(compliance(`/regulations/${regulation!.regulationId}?version=999`));
      expect(beyond.status).toBe(404);
      expect(beyond.body.code).toBe('NOT_FOUND');
      for (const id of [newId('reg_'), 'reg_nope', 'x'.repeat(2000), newId('acc_')]) {
        const unknown = await get(compliance(`/regulations/${id}`));
        expect(unknown.status).toBe(404);
        expect(unknown.body.code).toBe('NOT_FOUND');
      }
      for (const version of ['0', '-1', '1.5', 'abc', '99999999999']) {
        const bad = await get(compliance(`/regulations/${regulation!.regulationId}?version=${version}`));
        expect(bad.status).toBe(400);
        expect(fieldsOf(bad.body)).toEqual(['version']);
      }
    });
  });

  describe('end-user and document types', () => {
    it('lists and reads end-user types; an unknown type is 404', async () => {
      const list = await get(compliance('/endUserTypes'));
      expect(list.status).toBe(200);
      expect(list.body.nextPageToken).toBeNull();
      const types = list.body.data as { type: string; fields: { name: string; type: string }[] }[];
      expect(types.map((t) => t.type).sort()).toEqual(['BUSINESS', 'INDIVIDUAL']);
      const business = await get(compliance('/endUserTypes/BUSINESS'));
      expect(business.status).toBe(200);
      expect(business.body).toEqual(types.find((t) => t.type === 'BUSINESS'));
      expect(business.body.fields.length).toBeGreaterThan(0);
      for (const type of ['ROBOT', 'x'.repeat(300), '%27%20OR%201%3D1']) {
        const unknown = await get(compliance(`/endUserTypes/${type}`));
        expect(unknown.status).toBe(404);
        expect(unknown.body.code).toBe('NOT_FOUND');
      }
    });

    it('lists and reads document types; an unknown type is 404', async () => {
      const list = await get(compliance('/documentTypes'));
      expect(list.status).toBe(200);
      expect(list.body.nextPageToken).toBeNull();
      const types = list.body.data as { type: string; deleteFileAfterVerification: boolean }[];
      expect(types.map((t) => t.type)).toEqual(expect.arrayContaining(['passport', 'germanIdentityCard']));
      const passport = await get(compliance('/documentTypes/passport'));
      expect(passport.status).toBe(200);
      expect(passport.body).toEqual(types.find((t) => t.type === 'passport'));
      expect(passport.body).toMatchObject({
        proofRequired: expect.any(Boolean),
        acceptedMimeTypes: expect.any(Array),
        fields: expect.any(Array),
      });
      const ausweis = await get(compliance('/documentTypes/germanIdentityCard'));
      expect(ausweis.body.deleteFileAfterVerification).toBe(true);
      const unknown = await get(compliance('/documentTypes/libraryCard'));
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('NOT_FOUND');
    });

    it("a customer key reads every document type of its account's path only", async () => {
      expect((await get(compliance('/documentTypes/passport', otherAccountId))).status).toBe(403);
    });
  });

  describe('cityInfo', () => {
    const cityInfo = (country: string, query: string, key = customerKey) =>
      get(`/v1/addresses/${country}/cityInfo?${query}`, key);

    it('pages through one city in postal-code order; the pages join to the one-page answer', async () => {
      const pages: CityRow[][] = [];
      let token: string | null = null;
      do {
        const query: string = `city=dresden&pageSize=5${token ? `&pageToken=${encodeURIComponent(token)}` : ''}`;
        const page = await cityInfo('DE', query);
        expect(page.status).toBe(200);
        pages.push(page.body.data as CityRow[]);
        token = page.body.nextPageToken as string | null;
        expect(pages.length).toBeLessThan(50);
      } while (token !== null);
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages.slice(0, -1)) expect(page).toHaveLength(5);
      const rows = pages.flat();
      expect(new Set(rows.map((r) => r.city))).toEqual(new Set(['Dresden']));
      const codes = rows.map((r) => r.postalCode);
      expect(codes).toEqual([...codes].sort());
      expect(new Set(codes).size).toBe(codes.length);

      const whole = await cityInfo('deu', 'city=DRESDEN&pageSize=100');
      expect(whole.status).toBe(200);
      expect(whole.body).toEqual({ data: rows, nextPageToken: null });
    });

    it('filters by postal-code prefix and by city prefix ignoring case and accents; any valid key', async () => {
      const berlin = await cityInfo('DE', 'postalCode=101&pageSize=100');
      expect(berlin.status).toBe(200);
      const rows = berlin.body.data as CityRow[];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.postalCode.startsWith('101')).toBe(true);

      const munich = await cityInfo('DE', 'city=munchen&pageSize=100', reviewerKey);
      expect(munich.status).toBe(200);
      const munichCities = new Set((munich.body.data as CityRow[]).map((r) => r.city));
      expect(munichCities).toContain('München');
      const folded = (city: string) => city.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      expect([...munichCities].filter((city) => !folded(city).startsWith('munchen'))).toEqual([]);
      const accented = await cityInfo('de', `city=${encodeURIComponent('MÜNCHEN')}&pageSize=100`, ADMIN_KEY);
      expect(accented.body).toEqual(munich.body);

      const defaultPage = await cityInfo('DE', '');
      expect(defaultPage.status).toBe(200);
      expect(defaultPage.body.data).toHaveLength(20);
      expect(typeof defaultPage.body.nextPageToken).toBe('string');

      expect((await stack.http('GET', '/v1/addresses/DE/cityInfo')).status).toBe(401);
    });

    it.each([
      ['pageSize 0', 'pageSize', 'DE', 'pageSize=0'],
      ['pageSize 101', 'pageSize', 'DE', 'pageSize=101'],
      ['pageSize ten', 'pageSize', 'DE', 'pageSize=ten'],
      ['a 513-character pageToken', 'pageToken', 'DE', `pageToken=${'t'.repeat(513)}`],
      ['a 65-character city', 'city', 'DE', `city=${'a'.repeat(65)}`],
      ['an unknown parameter', 'street', 'DE', 'street=Main'],
      ['country ZZ', 'country', 'ZZ', ''],
      ['a 65-character country', 'country', 'D'.repeat(65), ''],
    ])('cityInfo with %s → 400 naming %s', async (_what, field, country, query) => {
      const result = await cityInfo(country, query);
      expect(result.status).toBe(400);
      expect(result.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(result.body)).toEqual([field]);
    });
  });

  describe('POST /v1/admin/regulations', () => {
    const publish = (body: unknown, key = ADMIN_KEY) =>
      stack.http('POST', '/v1/admin/regulations', { key, body });

    it('publishes a new version; the old one stays readable; the same spec again records nothing', async () => {
      const current = (
        await get(compliance('/requirements?country=AT&numberType=LOCAL&endUserType=BUSINESS'))
      ).body.data[0] as Regulation;
      expect(current).toBeDefined();
      const requirement = structuredClone(current.requirement);
      const [firstDocument] = requirement.supportingDocuments;
      if (firstDocument) firstDocument.description = `${firstDocument.description} (checked again)`;
      else requirement.address.location = 'NATIONAL';

      const published = await publish({
        regulationId: current.regulationId,
        country: 'at',
        numberType: 'GEOGRAPHIC',
        endUserType: 'BUSINESS',
        requirement,
        gracePeriodDays: 14,
      });
      expect(published.status).toBe(201);
      expect(published.body).toMatchObject({
        regulationId: current.regulationId,
        version: current.version + 1,
        country: 'AUT',
        numberType: 'LOCAL',
        endUserType: 'BUSINESS',
        requirement,
      });

      const latest = await get(compliance(`/regulations/${current.regulationId}`));
      expect(latest.body).toEqual(published.body);
      const old = await get(compliance(`/regulations/${current.regulationId}?version=${current.version}`));
      expect(old.status).toBe(200);
      expect(old.body).toEqual(current);
      const found = await get(compliance('/requirements?country=AUT&numberType=LOCAL&endUserType=BUSINESS'));
      expect(found.body.data).toEqual([published.body]);

      const again = await publish({
        country: 'AUT',
        numberType: 'LOCAL',
        endUserType: 'BUSINESS',
        requirement,
        gracePeriodDays: 14,
      });
      expect(again.status).toBe(201);
      expect(again.body).toMatchObject({ regulationId: current.regulationId, version: current.version + 1 });
      const stored = await stack.db.pool.query<{ type: string }>(
        'SELECT type FROM event_store.events WHERE stream_id = $1 ORDER BY revision',
        [`regulation-${current.regulationId}`],
      );
      expect(stored.rows.map((row) => row.type)).toEqual(
        Array.from({ length: current.version + 1 }, () => 'RegulationVersionPublished'),
      );
    });

    it('honours Idempotency-Key: a replay returns the first response, another body with the key is 422', async () => {
      const current = (
        await get(compliance('/requirements?country=FR&numberType=MOBILE&endUserType=INDIVIDUAL'))
      ).body.data[0] as Regulation;
      expect(current).toBeDefined();
      const requirement = structuredClone(current.requirement);
      requirement.address.location = requirement.address.location === 'NATIONAL' ? 'WORLDWIDE' : 'NATIONAL';
      const body = {
        regulationId: current.regulationId,
        country: 'FR',
        numberType: 'MOBILE',
        endUserType: 'INDIVIDUAL',
        requirement,
        gracePeriodDays: 7,
      };
      const headers = { 'idempotency-key': `publish-${current.regulationId}` };
      const first = await stack.http('POST', '/v1/admin/regulations', { key: ADMIN_KEY, body, headers });
      expect(first.status).toBe(201);
      expect(first.body.version).toBe(current.version + 1);
      const replay = await stack.http('POST', '/v1/admin/regulations', { key: ADMIN_KEY, body, headers });
      expect(replay.status).toBe(201);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body).toEqual(first.body);
      const reused = await stack.http('POST', '/v1/admin/regulations', {
        key: ADMIN_KEY,
        body: { ...body, gracePeriodDays: 8 },
        headers,
      });
      expect(reused.status).toBe(422);
      expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('a malformed spec is 400 listing every problem with its path', async () => {
      const result = await publish({
        country: 'DE',
        numberType: 'MOBILE',
        endUserType: 'BUSINESS',
        requirement: {
          endUser: {
            type: 'BUSINESS',
            fields: [{ name: 'favouriteColour', friendlyName: 'Colour', type: 'STRING', required: true }],
          },
          address: { required: 'yes', location: 'MOON' },
          supportingDocuments: [
            {
              name: 'proof',
              friendlyName: 'Proof',
              description: 'Anything',
              purpose: 'IDENTITY',
              acceptedDocumentTypes: ['libraryCard'],
            },
          ],
        },
        gracePeriodDays: 30,
      });
      expect(result.status).toBe(400);
      expect(result.body.code).toBe('VALIDATION_FAILED');
      const fields = fieldsOf(result.body);
      expect(fields.length).toBeGreaterThanOrEqual(4);
      for (const prefix of [
        'requirement.endUser.fields[0]',
        'requirement.address.required',
        'requirement.address.location',
        'requirement.supportingDocuments[0].acceptedDocumentTypes',
      ]) {
        expect(fields.some((field) => field.startsWith(prefix))).toBe(true);
      }
    });

    it('checks the body shape, country and number type, listing every bad field', async () => {
      const shallow = await publish({
        country: 7,
        numberType: 'LOCAL',
        endUserType: 'BUSINESS',
        requirement: 'everything',
        gracePeriodDays: 366,
        colour: 'blue',
      });
      expect(shallow.status).toBe(400);
      expect(fieldsOf(shallow.body)).toEqual(['colour', 'country', 'gracePeriodDays', 'requirement']);

      const current = (
        await get(compliance('/requirements?country=DE&numberType=LOCAL&endUserType=BUSINESS'))
      ).body.data[0] as Regulation;
      const unknownPlace = await publish({
        country: 'ZZ',
        numberType: 'SATELLITE',
        endUserType: 'BUSINESS',
        requirement: current.requirement,
        gracePeriodDays: 30,
      });
      expect(unknownPlace.status).toBe(400);
      expect(fieldsOf(unknownPlace.body)).toEqual(expect.arrayContaining(['country', 'numberType']));
    });

    it('is ADMIN only: CUSTOMER and REVIEWER keys get 403, no key 401, and nothing is published', async () => {
      const current = (
        await get(compliance('/requirements?country=DE&numberType=LOCAL&endUserType=INDIVIDUAL'))
      ).body.data[0] as Regulation;
      const requirement = structuredClone(current.requirement);
      requirement.address.location = 'NATIONAL';
      const body = {
        regulationId: current.regulationId,
        country: 'DEU',
        numberType: 'LOCAL',
        endUserType: 'INDIVIDUAL',
        requirement,
        gracePeriodDays: 30,
      };
      for (const key of [customerKey, reviewerKey]) {
        const refused = await publish(body, key);
        expect(refused.status).toBe(403);
        expect(refused.body.code).toBe('FORBIDDEN');
      }
      expect((await stack.http('POST', '/v1/admin/regulations', { body })).status).toBe(401);
      const after = await get(compliance(`/regulations/${current.regulationId}`));
      expect(after.body).toEqual(current);
    });
  });

  it('documents every catalog endpoint in the OpenAPI document', async () => {
    const doc = await stack.http('GET', '/docs-json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/accounts/{accountId}/compliance/requirements',
        '/v1/accounts/{accountId}/compliance/regulations/{regulationId}',
        '/v1/accounts/{accountId}/compliance/endUserTypes',
        '/v1/accounts/{accountId}/compliance/endUserTypes/{type}',
        '/v1/accounts/{accountId}/compliance/documentTypes',
        '/v1/accounts/{accountId}/compliance/documentTypes/{type}',
        '/v1/addresses/{country}/cityInfo',
        '/v1/admin/regulations',
      ]),
    );
    expect(doc.body.paths['/v1/admin/regulations'].post.responses['201']).toBeDefined();
    expect(doc.body.paths['/v1/addresses/{country}/cityInfo'].get.responses['400'].content).toHaveProperty([
      'application/problem+json',
    ]);
  });
});
