import { ADMIN_KEY, startAccountsStack, type AccountsStack } from './accounts-harness';

interface Problem {
  code: string;
  errors?: { field: string; code: string }[];
}

/**
 * End users and addresses through the gateway, with identity-assets, the catalog and accounts as their own processes
 * on a fresh database and topic namespace.
 */
describe('identity assets through the gateway: end users and addresses', () => {
  let stack: AccountsStack;
  let accountId: string;
  let customerKey: string;
  let otherAccountId: string;
  let otherKey: string;
  const path = (rest: string, account = accountId) => `/v1/accounts/${account}/compliance${rest}`;
  const call = (method: string, rest: string, body?: unknown, key = customerKey, account = accountId) =>
    stack.http(method, path(rest, account), { key, ...(body !== undefined && { body }) });
  const errorsOf = (body: Problem) => (body.errors ?? []).map((e) => `${e.field} ${e.code}`).sort();

  const erika = {
    type: 'INDIVIDUAL',
    friendlyName: 'Erika Mustermann',
    customReference: 'crm-4711',
    fields: {
      firstName: 'Erika',
      lastName: 'Mustermann',
      dateOfBirth: '1964-08-12',
      email: 'erika@example.com',
    },
  };

  beforeAll(async () => {
    stack = await startAccountsStack('identity', { identity: true });
    const created = await stack.http('POST', '/v1/admin/accounts', {
      key: ADMIN_KEY,
      body: { name: 'Id Ltd' },
    });
    expect(created.status).toBe(201);
    ({ accountId, apiKey: customerKey } = created.body as { accountId: string; apiKey: string });
    const other = await stack.http('POST', '/v1/admin/accounts', { key: ADMIN_KEY, body: { name: 'Other' } });
    ({ accountId: otherAccountId, apiKey: otherKey } = other.body as { accountId: string; apiKey: string });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describe('end users', () => {
    it('creates an end user, reads it back, and answers 404 to another account', async () => {
      const created = await call('POST', '/endUsers', erika);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        endUserId: expect.stringMatching(/^eu_[0-9A-Z]{26}$/),
        accountId,
        type: 'INDIVIDUAL',
        friendlyName: 'Erika Mustermann',
        customReference: 'crm-4711',
        fields: erika.fields,
        status: 'DRAFT',
        failureReason: null,
        erased: false,
      });
      const { endUserId } = created.body as { endUserId: string };
      const read = await call('GET', `/endUsers/${endUserId}`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(created.body);

      const foreign = await call('GET', `/endUsers/${endUserId}`, undefined, otherKey, otherAccountId);
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('NOT_FOUND');
      const wrongPath = await call('GET', `/endUsers/${endUserId}`, undefined, customerKey, otherAccountId);
      expect(wrongPath.status).toBe(403);
      expect(
        (await call('PATCH', `/endUsers/${endUserId}`, { friendlyName: 'x' }, otherKey, otherAccountId))
          .status,
      ).toBe(404);
      expect(
        (await call('DELETE', `/endUsers/${endUserId}`, undefined, otherKey, otherAccountId)).status,
      ).toBe(404);
      expect((await call('GET', '/endUsers/eu_nonsense')).status).toBe(404);
      expect((await call('GET', '/endUsers/eu_01JGFJJZ000000000000000000')).status).toBe(404);
      expect((await stack.http('GET', path('/endUsers'))).status).toBe(401);
    });

    it('reports every bad field against the end-user type, with its field, and creates nothing', async () => {
      const before = await call('GET', '/endUsers?pageSize=100');
      const bad = await call('POST', '/endUsers', {
        type: 'INDIVIDUAL',
        friendlyName: 'Bad',
        fields: {
          shoeSize: '42',
          firstName: 7,
          lastName: 'x'.repeat(101),
          dateOfBirth: '1964-02-30',
          email: 'not-an-email',
          phoneNumber: '0049 30 1234',
          nationality: 'Atlantis',
        },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      expect(errorsOf(bad.body as Problem)).toEqual([
        'fields.dateOfBirth INVALID_DATE',
        'fields.email INVALID_EMAIL',
        'fields.firstName WRONG_TYPE',
        'fields.lastName TOO_LONG',
        'fields.nationality INVALID_COUNTRY',
        'fields.phoneNumber INVALID_PHONE',
        'fields.shoeSize UNKNOWN_FIELD',
      ]);

      const business = await call('POST', '/endUsers', {
        type: 'BUSINESS',
        friendlyName: 'Acme',
        fields: { businessName: 'Acme', businessType: 'PIRATE_SHIP', website: 'ftp://acme' },
      });
      expect(business.status).toBe(400);
      expect(errorsOf(business.body as Problem)).toEqual([
        'fields.businessType VALUE_NOT_ALLOWED',
        'fields.website PATTERN_MISMATCH',
      ]);

      const unknownType = await call('POST', '/endUsers', { ...erika, type: 'ROBOT' });
      expect(unknownType.status).toBe(400);
      expect(errorsOf(unknownType.body as Problem)).toEqual(['type VALUE_NOT_ALLOWED']);

      const shape = await call('POST', '/endUsers', { ...erika, friendlyName: '', fields: 'x', extra: 1 });
      expect(shape.status).toBe(400);
      expect((shape.body as Problem).errors!.map((e) => e.field).sort()).toEqual([
        'extra',
        'fields',
        'friendlyName',
      ]);
      expect((await call('POST', '/endUsers', { ...erika, friendlyName: 'x'.repeat(201) })).status).toBe(400);

      const after = await call('GET', '/endUsers?pageSize=100');
      expect(after.body.data).toHaveLength((before.body.data as unknown[]).length);
    });

    it('lists with paging, oldest first', async () => {
      const ids: string[] = [];
      for (const name of ['A', 'B', 'C']) {
        const created = await call('POST', '/endUsers', { ...erika, friendlyName: `Pager ${name}` });
        ids.push(created.body.endUserId as string);
      }
      const seen: string[] = [];
      let token: string | null = null;
      do {
        const page = await call('GET', `/endUsers?pageSize=2${token ? `&pageToken=${token}` : ''}`);
        expect(page.status).toBe(200);
        expect((page.body.data as unknown[]).length).toBeLessThanOrEqual(2);
        seen.push(...(page.body.data as { endUserId: string }[]).map((e) => e.endUserId));
        token = page.body.nextPageToken as string | null;
      } while (token);
      expect(seen).toEqual([...seen].sort());
      expect(seen).toEqual(expect.arrayContaining(ids));
      expect((await call('GET', '/endUsers?pageSize=0')).status).toBe(400);
      expect((await call('GET', '/endUsers?pageSize=101')).status).toBe(400);
      expect((await call('GET', '/endUsers?pageToken=garbage')).status).toBe(400);
      const others = await call('GET', '/endUsers', undefined, otherKey, otherAccountId);
      expect(others.body).toEqual({ data: [], nextPageToken: null });
    });

    it('PATCH merges fields (null removes one) and checks them; DELETE answers 204 and then 404', async () => {
      const created = await call('POST', '/endUsers', erika);
      const id = created.body.endUserId as string;
      const patched = await call('PATCH', `/endUsers/${id}`, {
        customReference: null,
        fields: { email: null, placeOfBirth: 'Köln' },
      });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({
        friendlyName: 'Erika Mustermann',
        customReference: null,
        fields: {
          firstName: 'Erika',
          lastName: 'Mustermann',
          dateOfBirth: '1964-08-12',
          placeOfBirth: 'Köln',
        },
      });
      expect(patched.body.fields).not.toHaveProperty('email');
      const refused = await call('PATCH', `/endUsers/${id}`, { fields: { email: 'nope', hobby: 'x' } });
      expect(refused.status).toBe(400);
      expect(errorsOf(refused.body as Problem)).toEqual([
        'fields.email INVALID_EMAIL',
        'fields.hobby UNKNOWN_FIELD',
      ]);
      expect((await call('PATCH', `/endUsers/${id}`, { type: 'BUSINESS' })).status).toBe(400);
      expect((await call('PATCH', `/endUsers/${id}`, { friendlyName: null })).status).toBe(400);
      expect((await call('GET', `/endUsers/${id}`)).body).toEqual(patched.body);

      const deleted = await call('DELETE', `/endUsers/${id}`);
      expect(deleted.status).toBe(204);
      expect((await call('GET', `/endUsers/${id}`)).status).toBe(404);
      expect((await call('DELETE', `/endUsers/${id}`)).status).toBe(404);
      expect((await call('PATCH', `/endUsers/${id}`, { friendlyName: 'again' })).status).toBe(404);
    });
  });

  describe('addresses', () => {
    const address = {
      customerName: 'Erika Mustermann',
      street: 'Heidestraße 17',
      city: 'Köln',
      postalCode: '51147',
      country: 'de',
    };

    it('creates an address with the country in alpha-3 and the postal code checked', async () => {
      const created = await call('POST', '/addresses', address);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        addressId: expect.stringMatching(/^adr_[0-9A-Z]{26}$/),
        endUserId: null,
        customerName: 'Erika Mustermann',
        street: 'Heidestraße 17',
        streetSecondary: null,
        city: 'Köln',
        region: null,
        postalCode: '51147',
        country: 'DEU',
        status: 'DRAFT',
        erased: false,
      });
      const id = created.body.addressId as string;
      expect((await call('GET', `/addresses/${id}`)).body).toEqual(created.body);
      expect((await call('GET', `/addresses/${id}`, undefined, otherKey, otherAccountId)).status).toBe(404);
      const listed = await call('GET', '/addresses');
      expect((listed.body.data as { addressId: string }[]).map((a) => a.addressId)).toContain(id);
    });

    it('refuses a postal code of the wrong format, an unknown country and missing lines, naming each', async () => {
      const badCode = await call('POST', '/addresses', { ...address, postalCode: '1011' });
      expect(badCode.status).toBe(400);
      expect(errorsOf(badCode.body as Problem)).toEqual(['postalCode INVALID_POSTAL_CODE']);
      const gb = await call('POST', '/addresses', { ...address, country: 'GB', postalCode: '12345' });
      expect(errorsOf(gb.body as Problem)).toEqual(['postalCode INVALID_POSTAL_CODE']);
      const badCountry = await call('POST', '/addresses', { ...address, country: 'XX' });
      expect(errorsOf(badCountry.body as Problem)).toEqual(['country UNKNOWN_COUNTRY']);
      const missing = await call('POST', '/addresses', { city: 'Köln', country: 'DE', postalCode: '51147' });
      expect(missing.status).toBe(400);
      expect((missing.body as Problem).errors!.map((e) => e.field).sort()).toEqual([
        'customerName',
        'street',
      ]);
      const hostile = await call('POST', '/addresses', { ...address, street: { $gt: '' }, admin: true });
      expect(hostile.status).toBe(400);
    });

    it('links an address to an end user of the same account only', async () => {
      const endUser = await call('POST', '/endUsers', erika);
      const endUserId = endUser.body.endUserId as string;
      const linked = await call('POST', '/addresses', { ...address, endUserId });
      expect(linked.status).toBe(201);
      expect(linked.body.endUserId).toBe(endUserId);
      const foreign = await call('POST', '/addresses', { ...address, endUserId }, otherKey, otherAccountId);
      expect(foreign.status).toBe(400);
      expect(errorsOf(foreign.body as Problem)).toEqual(['endUserId NOT_FOUND']);
      expect((await call('POST', '/addresses', { ...address, endUserId: 'eu_x' })).status).toBe(400);
    });

    it('PATCH checks the postal code against the resulting country; DELETE answers 204', async () => {
      const created = await call('POST', '/addresses', address);
      const id = created.body.addressId as string;
      const moved = await call('PATCH', `/addresses/${id}`, {
        country: 'AT',
        postalCode: '1010',
        city: 'Wien',
      });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({
        country: 'AUT',
        postalCode: '1010',
        city: 'Wien',
        street: 'Heidestraße 17',
      });
      const wrong = await call('PATCH', `/addresses/${id}`, { country: 'DE' });
      expect(wrong.status).toBe(400);
      expect(errorsOf(wrong.body as Problem)).toEqual(['postalCode INVALID_POSTAL_CODE']);
      expect((await call('GET', `/addresses/${id}`)).body).toEqual(moved.body);
      expect((await call('DELETE', `/addresses/${id}`)).status).toBe(204);
      expect((await call('GET', `/addresses/${id}`)).status).toBe(404);
    });
  });

  describe('personal data at rest', () => {
    it('is nowhere in plaintext: not in the event store, not in any identity table', async () => {
      const marker = `Zyxwvut${Date.now().toString(36)}`;
      const endUser = await call('POST', '/endUsers', {
        ...erika,
        friendlyName: `${marker} friendly`,
        fields: { ...erika.fields, lastName: marker, email: `${marker.toLowerCase()}@example.com` },
      });
      expect(endUser.status).toBe(201);
      const address = await call('POST', '/addresses', {
        customerName: `${marker} Customer`,
        street: `${marker}weg 1`,
        city: 'Köln',
        postalCode: '51147',
        country: 'DE',
        endUserId: endUser.body.endUserId,
      });
      expect(address.status).toBe(201);
      expect((await call('GET', `/endUsers/${endUser.body.endUserId as string}`)).body.fields.lastName).toBe(
        marker,
      );

      const { rows: events } = await stack.db.pool.query<{ n: string }>(
        `SELECT count(*) AS n FROM event_store.events WHERE data::text ILIKE $1 OR metadata::text ILIKE $1`,
        [`%${marker}%`],
      );
      expect(Number(events[0]!.n)).toBe(0);
      const { rows: ours } = await stack.db.pool.query<{ n: string }>(
        `SELECT count(*) AS n FROM event_store.events WHERE stream_id LIKE 'identity_%' AND data->>'sealed' LIKE 'v1.%'`,
      );
      expect(Number(ours[0]!.n)).toBeGreaterThanOrEqual(2);
      for (const table of ['end_users', 'addresses', 'documents', 'data_keys']) {
        const { rows } = await stack.db.pool.query<{ n: string }>(
          `SELECT count(*) AS n FROM identity.${table} t WHERE t::text ILIKE $1`,
          [`%${marker}%`],
        );
        expect(Number(rows[0]!.n)).toBe(0);
      }
    });
  });

  it('describes every identity endpoint in the OpenAPI document, the erased marker and the multipart upload included', async () => {
    const docs = await stack.http('GET', '/docs-json');
    expect(docs.status).toBe(200);
    const paths = docs.body.paths as Record<
      string,
      Record<string, { requestBody?: { content: Record<string, unknown> } }>
    >;
    const root = '/v1/accounts/{accountId}/compliance';
    for (const kind of ['endUsers', 'addresses', 'documents']) {
      const id = { endUsers: 'endUserId', addresses: 'addressId', documents: 'documentId' }[kind]!;
      expect(Object.keys(paths[`${root}/${kind}`] ?? {}).sort()).toEqual(['get', 'post']);
      expect(Object.keys(paths[`${root}/${kind}/{${id}}`] ?? {}).sort()).toEqual(['delete', 'get', 'patch']);
    }
    expect(paths[`${root}/documents/{documentId}/file`]).toHaveProperty('get');
    expect(paths['/v1/admin/endUsers/{endUserId}/erase']).toHaveProperty('post');
    expect(Object.keys(paths[`${root}/documents`]!.post!.requestBody!.content)).toEqual(
      expect.arrayContaining(['multipart/form-data', 'application/json']),
    );
    expect(JSON.stringify(docs.body.components.schemas.EndUserResponseDto)).toContain('[ERASED]');
  });
});
