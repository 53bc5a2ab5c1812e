import type { CityPostalCode } from './catalog.types';

/** ISO 3166-1 lookups, implemented outside the domain with a maintained library. */
export interface CountryCodes {
  /** Alpha-3 for a known alpha-2 or alpha-3 code in any case, else undefined. */
  toAlpha3(code: string): string | undefined;
  /** The canonical English short name of a known alpha-3 code. */
  name(alpha3: string): string | undefined;
}

/** Postal-code format rules per country, implemented with a maintained library (@compliance/postal-codes). */
export type { PostalCodeFormats } from '@compliance/postal-codes';

/** Real postal code to city data, for countries whose regulations ask for a LOCAL address. */
export interface CityDirectory {
  countries(): readonly string[];
  /** Entries sorted by postal code then city; empty for a country without data. */
  entries(alpha3: string): readonly CityPostalCode[];
}
