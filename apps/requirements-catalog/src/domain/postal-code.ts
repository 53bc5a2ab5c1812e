import { normaliseCountry } from './normalise';
import type { CountryCodes, PostalCodeFormats } from './ports';
import { fail, ok, type Result } from './problems';

/** Loose rule for countries the format library does not know: letters, digits, spaces and dashes. */
const FALLBACK = /^[A-Za-z0-9][A-Za-z0-9 -]{0,11}$/;

export interface CheckedPostalCode {
  readonly country: string;
  /** Trimmed, inner runs of whitespace made single spaces, letters upper-cased. */
  readonly postalCode: string;
  /** Whether a country-specific format was applied (false: only the loose fallback). */
  readonly formatChecked: boolean;
}

export function tidyPostalCode(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toUpperCase();
}

/** The address rule "postal codes must match the country's format", for identity-assets. */
export function checkPostalCode(
  countryInput: unknown,
  postalCode: unknown,
  ports: { countries: CountryCodes; formats: PostalCodeFormats },
  fields: { country?: string; postalCode?: string } = {},
): Result<CheckedPostalCode> {
  const countryField = fields.country ?? 'country';
  const postalField = fields.postalCode ?? 'postalCode';
  const country = normaliseCountry(countryInput, ports.countries, countryField);
  if (typeof postalCode !== 'string' || postalCode.trim() === '') {
    const missing = { field: postalField, code: 'REQUIRED', message: 'Give a postal code.' };
    return country.ok ? fail(missing) : fail(...country.problems, missing);
  }
  if (!country.ok) return country;
  const tidy = tidyPostalCode(postalCode);
  const formatChecked = ports.formats.hasFormat(country.value);
  const valid = formatChecked ? ports.formats.matches(country.value, tidy) : FALLBACK.test(tidy);
  if (!valid) {
    return fail({
      field: postalField,
      code: 'INVALID_POSTAL_CODE',
      message: `'${postalCode.trim()}' is not a postal code of ${country.value}.`,
    });
  }
  return ok({ country: country.value, postalCode: tidy, formatChecked });
}
