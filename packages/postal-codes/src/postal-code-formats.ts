import countries from 'i18n-iso-countries';
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';

/** Postal-code format rules per country (alpha-3). */
export interface PostalCodeFormats {
  hasFormat(alpha3: string): boolean;
  /** Only meaningful when `hasFormat(alpha3)`. */
  matches(alpha3: string, postalCode: string): boolean;
}

/** ISO 3166-1: alpha-3 for a known alpha-2 or alpha-3 code in any case, else undefined. */
export interface CountryLookup {
  toAlpha3(code: string): string | undefined;
}

/** postcode-validator: per-country postal-code patterns keyed by alpha-2 (MIT, maintained). */
export function createPostalCodeFormats(): PostalCodeFormats {
  const alpha2 = (alpha3: string): string | undefined => countries.alpha3ToAlpha2(alpha3.toUpperCase());
  return {
    hasFormat(alpha3) {
      const code = alpha2(alpha3);
      return code !== undefined && postcodeValidatorExistsForCountry(code);
    },
    matches(alpha3, postalCode) {
      const code = alpha2(alpha3);
      return (
        code !== undefined && postcodeValidatorExistsForCountry(code) && postcodeValidator(postalCode, code)
      );
    },
  };
}

/** i18n-iso-countries: alpha-2 or alpha-3 in any case → alpha-3. */
export function createCountryLookup(): CountryLookup {
  return {
    toAlpha3(code) {
      // The library also takes numeric codes; only 2-3 letters name a country here.
      return /^[A-Za-z]{2,3}$/.test(code) && countries.isValid(code) ? countries.toAlpha3(code) : undefined;
    },
  };
}
