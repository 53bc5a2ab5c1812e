import type { EventStore } from '@compliance/event-store';
import type { Pool } from '@compliance/postgres';
import { createCityDirectory } from './adapters/city-directory';
import { createIsoCountryCodes } from './adapters/iso-country-codes';
import { loadCatalogData, referenceOf, type CatalogData } from './catalog-data/catalog-data';
import type { CatalogReference } from './domain/catalog.types';
import type { CityDirectory, CountryCodes } from './domain/ports';
import { createRegulationDecider, type RegulationDecider } from './domain/regulation.decider';

/** The reference data shipped with the service and the decider built on it: loaded once per process. */
export interface CatalogRuntime {
  readonly data: CatalogData;
  readonly reference: CatalogReference;
  readonly countries: CountryCodes;
  readonly cities: CityDirectory;
  readonly decider: RegulationDecider;
  hasCityData(alpha3: string): boolean;
}

export function createCatalogRuntime(): CatalogRuntime {
  const countries = createIsoCountryCodes();
  const cities = createCityDirectory();
  const loaded = loadCatalogData(countries);
  if (!loaded.ok) {
    const list = loaded.problems.map((p) => `${p.field} [${p.code}] ${p.message}`).join('\n');
    throw new Error(`catalog: the data files are invalid:\n${list}`);
  }
  const cityCountries = new Set(cities.countries());
  const hasCityData = (alpha3: string): boolean => cityCountries.has(alpha3);
  const reference = referenceOf(loaded.value);
  return {
    data: loaded.value,
    reference,
    countries,
    cities,
    hasCityData,
    decider: createRegulationDecider({ reference, hasCityData }),
  };
}

/** What the controllers get injected. */
export interface CatalogDeps {
  readonly runtime: CatalogRuntime;
  readonly store: EventStore;
  readonly pool: Pool;
  /** How long a publish waits for the read model to hold the new version before replying. */
  readonly projectionWaitMs: number;
}

export const CATALOG_DEPS = Symbol('CATALOG_DEPS');
