import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CONTINENTS,
  DATA_DIR,
  createCityDirectory,
  createIsoCountryCodes,
  loadCatalogData,
  publishCatalogData,
  regulationIdFor,
  type CatalogData,
  type Regulation,
} from '../src';
import { checkData } from '../src/check-data';

const countries = createIsoCountryCodes();
const cities = createCityDirectory();
const hasCityData = (c: string) => cities.countries().includes(c);

function load(dir = DATA_DIR): CatalogData {
  const loaded = loadCatalogData(countries, dir);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.field}: ${p.message}`).join('\n'));
  return loaded.value;
}

const data = load();
const published = publishCatalogData(data, { countries, hasCityData }, new Date('2025-11-20T00:00:00Z'));
const regulations: Regulation[] = published.ok ? published.value : [];

function regulation(country: string, numberType: string, endUserType: string): Regulation {
  const found = regulations.find(
    (r) => r.country === country && r.numberType === numberType && r.endUserType === endUserType,
  );
  if (!found) throw new Error(`no ${country} ${numberType} ${endUserType}`);
  return found;
}

function fieldPattern(r: Regulation, name: string): RegExp {
  const field = r.requirement.endUser.fields.find((f) => f.name === name);
  if (!field?.pattern) throw new Error(`no pattern on ${r.regulationId}.${name}`);
  return new RegExp(field.pattern, 'u');
}

describe('catalog data files', () => {
  it('pass the same checks as an ADMIN publish, and the build check', () => {
    expect(published.ok ? [] : published.problems).toEqual([]);
    expect(checkData()).toEqual([]);
  });

  it('cover at least 30 countries on every inhabited continent', () => {
    expect(data.countries.length).toBeGreaterThanOrEqual(30);
    for (const continent of CONTINENTS) {
      expect(data.countries.filter((c) => c.continent === continent).length).toBeGreaterThanOrEqual(2);
    }
    expect(regulations.length).toBeGreaterThanOrEqual(100);
  });

  it('note the source of every country and describe every revision', () => {
    for (const file of data.countries) {
      expect(file.source.length).toBeGreaterThan(40);
      expect(file.references.length).toBeGreaterThan(0);
      expect(file.changes).toHaveLength(file.revision);
    }
  });

  it('ask for a LOCAL address only where cityInfo data exists, and have data for every such country', () => {
    const local = new Set(
      regulations.filter((r) => r.requirement.address.location === 'LOCAL').map((r) => r.country),
    );
    expect([...local].sort()).toEqual(['AUT', 'DEU', 'FRA']);
    expect(cities.countries()).toEqual([...local].sort());
  });

  it('derive stable, unique, ULID-shaped ids from country + number type + end-user type', () => {
    const ids = regulations.map((r) => r.regulationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^reg_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(regulationIdFor('DEU', 'LOCAL', 'INDIVIDUAL')).toBe(
      regulation('DEU', 'LOCAL', 'INDIVIDUAL').regulationId,
    );
    expect(regulationIdFor('deu', 'LOCAL', 'INDIVIDUAL')).toBe(regulationIdFor('DEU', 'LOCAL', 'INDIVIDUAL'));
    expect(regulationIdFor('DEU', 'LOCAL', 'BUSINESS')).not.toBe(
      regulationIdFor('DEU', 'LOCAL', 'INDIVIDUAL'),
    );
    // Pinned: changing the derivation would break every stored bundle's link to its regulation.
    expect(regulationIdFor('ITA', 'LOCAL', 'INDIVIDUAL')).toBe('reg_01JGFJJZ004Y3QNMVEE3J3WAKG');
  });

  it('model the rules the issue names', () => {
    expect(regulation('DEU', 'LOCAL', 'INDIVIDUAL').requirement.address.location).toBe('LOCAL');
    expect(regulation('AUT', 'LOCAL', 'BUSINESS').requirement.address.location).toBe('LOCAL');
    const italy = regulation('ITA', 'MOBILE', 'INDIVIDUAL').requirement;
    expect(italy.endUser.fields.find((f) => f.name === 'taxId')).toMatchObject({
      friendlyName: 'Codice fiscale',
      required: true,
    });
    expect(italy.supportingDocuments.map((d) => d.purpose)).toContain('IDENTITY');
    const kbis = regulation('FRA', 'LOCAL', 'BUSINESS').requirement.supportingDocuments.find(
      (d) => d.purpose === 'BUSINESS_REGISTRATION',
    );
    expect(kbis?.acceptedDocumentTypes).toEqual(['kbisExtract']);
    expect(
      regulation('ESP', 'LOCAL', 'BUSINESS').requirement.endUser.fields.map((f) => f.friendlyName),
    ).toContain('CIF / NIF de la empresa');
    const australia = regulation('AUS', 'MOBILE', 'INDIVIDUAL').requirement.supportingDocuments;
    expect(australia[0]?.acceptedDocumentTypes).toContain('identityVerificationRecord');
  });

  it.each([
    [
      'ITA',
      'MOBILE',
      'INDIVIDUAL',
      'taxId',
      ['RSSMRA85T10A562S', 'MRTMTT91D08F205J'],
      ['RSSMRA85T10A562', 'rssmra85t10a562s'],
    ],
    ['ESP', 'LOCAL', 'INDIVIDUAL', 'taxId', ['12345678Z', 'X1234567L'], ['1234567Z', '12345678U']],
    ['ESP', 'LOCAL', 'BUSINESS', 'taxId', ['B12345674', 'A58818501'], ['I12345674', '12345678Z']],
    [
      'BRA',
      'LOCAL',
      'INDIVIDUAL',
      'taxId',
      ['123.456.789-09', '12345678909'],
      ['123.456.789', '123-456-789-09'],
    ],
    ['BRA', 'LOCAL', 'BUSINESS', 'taxId', ['11.222.333/0001-81', '11222333000181'], ['11.222.333/0001']],
    [
      'AUS',
      'LOCAL',
      'BUSINESS',
      'businessRegistrationNumber',
      ['51 824 753 556', '51824753556'],
      ['5182475355'],
    ],
    ['FRA', 'LOCAL', 'BUSINESS', 'businessRegistrationNumber', ['732 829 320', '732829320'], ['73282932']],
    ['DEU', 'LOCAL', 'BUSINESS', 'vatNumber', ['DE136695976'], ['DE13669597', 'AT136695976']],
    ['MEX', 'MOBILE', 'INDIVIDUAL', 'nationalIdNumber', ['GODE561231HDFRRN09'], ['GODE561231ZDFRRN09']],
    ['IND', 'LOCAL', 'BUSINESS', 'vatNumber', ['27AAPFU0939F1ZV'], ['27AAPFU0939F1Z']],
    ['SGP', 'MOBILE', 'INDIVIDUAL', 'nationalIdNumber', ['S1234567D'], ['A1234567D']],
    ['GBR', 'LOCAL', 'BUSINESS', 'businessRegistrationNumber', ['09446231', 'SC123456'], ['9446231']],
    ['ZAF', 'LOCAL', 'BUSINESS', 'businessRegistrationNumber', ['2016/123456/07'], ['2016/12345/07']],
  ])('%s %s %s %s has the real format', (country, numberType, endUserType, field, good, bad) => {
    const pattern = fieldPattern(regulation(country, numberType, endUserType), field);
    for (const value of good) expect(`${value} ${pattern.test(value)}`).toBe(`${value} true`);
    for (const value of bad) expect(`${value} ${pattern.test(value)}`).toBe(`${value} false`);
  });

  it('defines the document types the issue names, with deletion where the law demands it', () => {
    const types = new Map(data.documentTypes.map((d) => [d.type, d]));
    for (const type of [
      'passport',
      'nationalIdCard',
      'drivingLicence',
      'residencePermit',
      'utilityBill',
      'bankStatement',
      'businessRegistration',
      'taxCertificate',
      'powerOfAttorney',
      'kbisExtract',
    ]) {
      expect(types.get(type)).toMatchObject({ proofRequired: true });
      expect(types.get(type)?.acceptedMimeTypes.length).toBeGreaterThan(0);
    }
    expect(types.get('germanIdentityCard')?.deleteFileAfterVerification).toBe(true);
    expect(types.get('aadhaarCard')?.deleteFileAfterVerification).toBe(true);
    expect(types.get('passport')?.deleteFileAfterVerification).toBe(false);
    expect(types.get('kbisExtract')?.acceptedMimeTypes).toEqual(['application/pdf']);
  });

  it('lists every problem of broken files at once, by file and path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    const file = join(dir, 'regulations', 'ITA.json');
    const ita = JSON.parse(readFileSync(file, 'utf8')) as {
      revision: unknown;
      regulations: { numberType: string }[];
    };
    ita.revision = 0;
    ita.regulations[1]!.numberType = 'GEOGRAPHIC';
    writeFileSync(file, JSON.stringify(ita));
    writeFileSync(join(dir, 'regulations', 'XYZ.json'), '{ not json');
    const loaded = loadCatalogData(countries, dir);
    expect(loaded.ok ? [] : loaded.problems.map((p) => p.field)).toEqual([
      'regulations/ITA.json: revision',
      'regulations/ITA.json: regulations[1].numberType',
      'regulations/XYZ.json',
    ]);
  });

  it('reports a bad spec in a file with the file, entry and field path', () => {
    const broken: CatalogData = JSON.parse(JSON.stringify(data)) as CatalogData;
    const deu = broken.countries.find((c) => c.country === 'DEU')!;
    (
      deu.regulations[0]!.requirement as { endUser: { fields: { pattern?: string }[] } }
    ).endUser.fields[0]!.pattern = '(';
    const result = publishCatalogData(broken, { countries, hasCityData }, new Date());
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual([
      'regulations/DEU.json: regulations[0].requirement.endUser.fields[0].pattern',
    ]);
  });
});
