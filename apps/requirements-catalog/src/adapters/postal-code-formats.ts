import countries from 'i18n-iso-countries';
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';
import type { PostalCodeFormats } from '../domain/ports';

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
