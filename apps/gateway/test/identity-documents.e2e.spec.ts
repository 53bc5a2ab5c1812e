import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ADMIN_KEY, startAccountsStack, type AccountsStack } from './accounts-harness';

interface Problem {
  code: string;
  errors?: { field: string; code: string }[];
}

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5a2e6a50000000049454e44ae426082',
  'hex',
);
const JPEG = Buffer.concat([
  Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'),
  Buffer.alloc(64, 0),
  Buffer.from('ffd9', 'hex'),
]);
const pdf = (text: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
const ELF = Buffer.concat([
  Buffer.from('7f454c4602010100000000000000000002003e00', 'hex'),
  Buffer.alloc(200, 1),
]);
const MIB = 1024 * 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Supporting documents and their files through the gateway (multipart, 10 MiB, type from the bytes, encryption). */
describe('identity assets through the gateway: documents and files', () => {
  let stack: AccountsStack;
  let accountId: string;
  let customerKey: string;
  let otherAccountId: string;
  let otherKey: string;
  const base = (account = accountId) => `/v1/accounts/${account}/compliance/documents`;
  const errorsOf = (body: Problem) => (body.errors ?? []).map((e) => `${e.field} ${e.code}`).sort();

  const passport = {
    type: 'passport',
    friendlyName: 'Passport of Erika',
    fields: {
      firstName: 'Erika',
      lastName: 'Mustermann',
      documentNumber: 'C01X00T47',
      issuingCountry: 'DE',
      dateOfBirth: '1964-08-12',
      expirationDate: '2030-01-01',
    },
  };

  async function upload(
    metadata: unknown,
    file?: { bytes: Buffer; name: string; type?: string },
    options: { key?: string; account?: string } = {},
  ) {
    const form = new FormData();
    form.append('metadata', JSON.stringify(metadata));
    if (file)
      form.append('file', new Blob([file.bytes], { type: file.type ?? 'application/pdf' }), file.name);
    const response = await fetch(`${stack.baseUrl}${base(options.account)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${options.key ?? customerKey}` },
      body: form,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  async function raw(body: Buffer, contentType: string) {
    const response = await fetch(`${stack.baseUrl}${base()}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${customerKey}`, 'content-type': contentType },
      body,
    });
    return { status: response.status, body: (await response.json()) as Problem };
  }

  async function download(documentId: string, key = customerKey, account = accountId) {
    const response = await fetch(`${stack.baseUrl}${base(account)}/${documentId}/file`, {
      headers: { authorization: `Bearer ${key}` },
    });
    return {
      status: response.status,
      headers: response.headers,
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  }

  beforeAll(async () => {
    stack = await startAccountsStack('identity_docs', { identity: true });
    const created = await stack.http('POST', '/v1/admin/accounts', {
      key: ADMIN_KEY,
      body: { name: 'Docs Ltd' },
    });
    ({ accountId, apiKey: customerKey } = created.body as { accountId: string; apiKey: string });
    const other = await stack.http('POST', '/v1/admin/accounts', { key: ADMIN_KEY, body: { name: 'Other' } });
    ({ accountId: otherAccountId, apiKey: otherKey } = other.body as { accountId: string; apiKey: string });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('uploads a PDF and streams the same bytes back, with its SHA-256; another account gets 404', async () => {
    const bytes = pdf('passport scan');
    const created = await upload(passport, { bytes, name: 'erika-passport.pdf' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      documentId: expect.stringMatching(/^doc_[0-9A-Z]{26}$/),
      accountId,
      type: 'passport',
      fields: passport.fields,
      fileName: 'erika-passport.pdf',
      mimeType: 'application/pdf',
      fileSize: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      fileContentExists: true,
      status: 'DRAFT',
      failureReason: null,
    });
    const id = created.body.documentId as string;
    expect((await stack.http('GET', `${base()}/${id}`, { key: customerKey })).body).toEqual(created.body);
    const file = await download(id);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.bytes.equals(bytes)).toBe(true);
    expect((await download(id, otherKey, otherAccountId)).status).toBe(404);
    expect((await download(id, customerKey, otherAccountId)).status).toBe(403);
    expect((await stack.http('GET', `${base(otherAccountId)}/${id}`, { key: otherKey })).status).toBe(404);
  });

  it('judges the type from the bytes: a PNG named .pdf is a PNG, refused where PNG is not accepted', async () => {
    const asPassport = await upload(passport, { bytes: PNG, name: 'scan.pdf', type: 'application/pdf' });
    expect(asPassport.status).toBe(201);
    expect(asPassport.body.mimeType).toBe('image/png');
    const kbis = {
      type: 'kbisExtract',
      friendlyName: 'Kbis',
      fields: {
        businessName: 'Acme SARL',
        sirenNumber: '732829320',
        registryCourt: 'Paris',
        issueDate: '2025-01-01',
      },
    };
    const refused = await upload(kbis, { bytes: PNG, name: 'kbis.pdf', type: 'application/pdf' });
    expect(refused.status).toBe(415);
    expect(refused.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const jpeg = await upload(passport, { bytes: JPEG, name: 'photo.png', type: 'image/png' });
    expect(jpeg.status).toBe(201);
    expect(jpeg.body.mimeType).toBe('image/jpeg');
  });

  it('refuses a text file named .pdf and an executable (415), 11 MiB (413), and keeps nothing', async () => {
    const before = await stack.http('GET', `${base()}?pageSize=100`, { key: customerKey });
    const text = await upload(passport, {
      bytes: Buffer.from('just some text, honestly a PDF'),
      name: 'fake.pdf',
    });
    expect(text.status).toBe(415);
    expect(text.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const exe = await upload(passport, { bytes: ELF, name: 'passport.pdf' });
    expect(exe.status).toBe(415);
    const big = await upload(passport, {
      bytes: Buffer.concat([PNG, Buffer.alloc(11 * MIB)]),
      name: 'big.png',
    });
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('PAYLOAD_TOO_LARGE');
    const after = await stack.http('GET', `${base()}?pageSize=100`, { key: customerKey });
    expect(after.body.data).toHaveLength((before.body.data as unknown[]).length);
  });

  it('takes a file of exactly 10 MiB', async () => {
    const bytes = Buffer.concat([PNG, Buffer.alloc(10 * MIB - PNG.length, 7)]);
    const created = await upload(passport, { bytes, name: 'large.png' });
    expect(created.status).toBe(201);
    expect(created.body.fileSize).toBe(10 * MIB);
    const file = await download(created.body.documentId as string);
    expect(createHash('sha256').update(file.bytes).digest('hex')).toBe(created.body.sha256);
  });

  it('answers 400 to a truncated or malformed multipart body, unknown parts, and bad metadata', async () => {
    const boundary = 'xYzBoundary';
    const full = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n${JSON.stringify(passport)}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n` +
        `${pdf('cut').toString('latin1')}\r\n--${boundary}--\r\n`,
      'latin1',
    );
    const truncated = await raw(
      full.subarray(0, full.length - 40),
      `multipart/form-data; boundary=${boundary}`,
    );
    expect(truncated.status).toBe(400);
    expect(truncated.body.code).toBe('VALIDATION_FAILED');
    expect((await raw(full, 'multipart/form-data')).status).toBe(400);

    const extra = new FormData();
    extra.append('metadata', JSON.stringify(passport));
    extra.append('evil', 'x');
    const response = await fetch(`${stack.baseUrl}${base()}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${customerKey}` },
      body: extra,
    });
    expect(response.status).toBe(400);
    expect((await upload('{not json', { bytes: PNG, name: 'a.png' })).status).toBe(400);
    const noMetadata = new FormData();
    noMetadata.append('file', new Blob([PNG]), 'a.png');
    expect(
      (
        await fetch(`${stack.baseUrl}${base()}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${customerKey}` },
          body: noMetadata,
        })
      ).status,
    ).toBe(400);
    const badFields = await upload(
      {
        ...passport,
        fields: {
          ...passport.fields,
          documentNumber: 'lower case!',
          expirationDate: '31.12.2030',
          color: 'red',
        },
      },
      { bytes: PNG, name: 'a.png' },
    );
    expect(badFields.status).toBe(400);
    expect(errorsOf(badFields.body as Problem)).toEqual([
      'fields.color UNKNOWN_FIELD',
      'fields.documentNumber PATTERN_MISMATCH',
      'fields.expirationDate INVALID_DATE',
    ]);
    expect((await upload({ ...passport, type: 'spaceshipLicence' })).status).toBe(400);
    expect((await upload({ ...passport, extra: true }, { bytes: PNG, name: 'a.png' })).status).toBe(400);
  });

  it('multipart is refused (415) on every other route', async () => {
    const form = new FormData();
    form.append('metadata', '{}');
    const response = await fetch(`${stack.baseUrl}/v1/accounts/${accountId}/compliance/endUsers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${customerKey}` },
      body: form,
    });
    expect(response.status).toBe(415);
  });

  it('creates a document without a file from plain JSON; PATCH merges fields; DELETE answers 204', async () => {
    const created = await stack.http('POST', base(), { key: customerKey, body: passport });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      fileName: null,
      mimeType: null,
      fileSize: null,
      fileContentExists: false,
    });
    const id = created.body.documentId as string;
    expect((await download(id)).status).toBe(404);
    const patched = await stack.http('PATCH', `${base()}/${id}`, {
      key: customerKey,
      body: { friendlyName: 'Renamed', fields: { documentNumber: 'X1234567' } },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      friendlyName: 'Renamed',
      fields: { ...passport.fields, documentNumber: 'X1234567' },
    });
    const badPatch = await stack.http('PATCH', `${base()}/${id}`, {
      key: customerKey,
      body: { fields: { issuingCountry: 'Narnia' } },
    });
    expect(errorsOf(badPatch.body as Problem)).toEqual(['fields.issuingCountry INVALID_COUNTRY']);
    expect(
      (await stack.http('PATCH', `${base()}/${id}`, { key: otherKey, body: { friendlyName: 'x' } })).status,
    ).toBe(403);
    expect((await stack.http('DELETE', `${base(otherAccountId)}/${id}`, { key: otherKey })).status).toBe(404);
    expect((await stack.http('DELETE', `${base()}/${id}`, { key: customerKey })).status).toBe(204);
    expect((await stack.http('GET', `${base()}/${id}`, { key: customerKey })).status).toBe(404);
  });

  it('keeps no plaintext in the event store, the identity tables or the file store', async () => {
    const marker = `Qwxyz${Date.now().toString(36)}`;
    const endUser = await stack.http('POST', `/v1/accounts/${accountId}/compliance/endUsers`, {
      key: customerKey,
      body: {
        type: 'INDIVIDUAL',
        friendlyName: `${marker} Person`,
        fields: { firstName: marker, lastName: marker },
      },
    });
    expect(endUser.status).toBe(201);
    const fileBytes = pdf(`scan of ${marker}`);
    const document = await upload(
      {
        ...passport,
        friendlyName: `${marker} passport`,
        endUserId: endUser.body.endUserId,
        fields: { ...passport.fields, lastName: marker },
      },
      { bytes: fileBytes, name: `${marker}.pdf` },
    );
    expect(document.status).toBe(201);
    expect((await download(document.body.documentId as string)).bytes.includes(marker)).toBe(true);

    const { rows } = await stack.db.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM event_store.events WHERE data::text ILIKE $1 OR metadata::text ILIKE $1`,
      [`%${marker}%`],
    );
    expect(Number(rows[0]!.n)).toBe(0);
    for (const table of ['end_users', 'addresses', 'documents', 'data_keys']) {
      const { rows: hits } = await stack.db.pool.query<{ n: string }>(
        `SELECT count(*) AS n FROM identity.${table} t WHERE t::text ILIKE $1`,
        [`%${marker}%`],
      );
      expect(Number(hits[0]!.n)).toBe(0);
    }
    const stored = filesUnder(stack.identity!.fileDir);
    expect(stored.length).toBeGreaterThan(0);
    for (const file of stored) {
      const content = readFileSync(file);
      expect(content.includes(marker)).toBe(false);
      expect(content.includes('%PDF')).toBe(false);
      expect(path.basename(file)).toBe(createHash('sha256').update(content).digest('hex'));
    }
  });
});
