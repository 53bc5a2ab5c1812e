import {
  createCountryLookup,
  createPostalCodeFormats,
  type CountryLookup,
  type PostalCodeFormats,
} from './postal-code-formats';

/** One problem with one input, in the `errors[]` item shape of API.md's problem details. */
export interface PostalCodeProblem {
  readonly field: string;
  readonly code: 'REQUIRED' | 'UNKNOWN_COUNTRY' | 'INVALID_POSTAL_CODE';
  readonly message: string;
}

export interface CheckedPostalCode {
  /** ISO 3166-1 alpha-3. */
  readonly country: string;
  /** Trimmed, inner runs of whitespace made single spaces, letters upper-cased. */
  readonly postalCode: string;
  /** Whether a country-specific format was applied (false: only the loose fallback). */
  readonly formatChecked: boolean;
}

export type PostalCodeResult =
  | { readonly ok: true; readonly value: CheckedPostalCode }
  | { readonly ok: false; readonly problems: readonly PostalCodeProblem[] };

export interface PostalCodePorts {
  readonly countries: CountryLookup;
  readonly formats: PostalCodeFormats;
}

/** Loose rule for countries the format library does not know: letters, digits, spaces and dashes. */
const FALLBACK = /^[A-Za-z0-9][A-Za-z0-9 -]{0,11}$/;

let defaultPorts: PostalCodePorts | null = null;

function libraryPorts(): PostalCodePorts {
  defaultPorts ??= { countries: createCountryLookup(), formats: createPostalCodeFormats() };
  return defaultPorts;
}

export function tidyPostalCode(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toUpperCase();
}

/**
 * The address rule "postal codes must match the country's format": the country as ISO 3166-1 alpha-2 or alpha-3
 * in any case, the postal code against that country's format. Bad country and missing code are reported together.
 */
export function checkPostalCode(
  countryInput: unknown,
  postalCode: unknown,
  ports: PostalCodePorts = libraryPorts(),
  fields: { country?: string; postalCode?: string } = {},
): PostalCodeResult {
  const countryField = fields.country ?? 'country';
  const postalField = fields.postalCode ?? 'postalCode';
  const problems: PostalCodeProblem[] = [];
  const code = typeof countryInput === 'string' ? countryInput.trim() : '';
  const country = code === '' ? undefined : ports.countries.toAlpha3(code);
  if (code === '') {
    problems.push({
      field: countryField,
      code: 'REQUIRED',
      message: 'Give an ISO 3166-1 alpha-2 or alpha-3 country code.',
    });
  } else if (country === undefined) {
    problems.push({
      field: countryField,
      code: 'UNKNOWN_COUNTRY',
      message: `'${code}' is not an ISO 3166-1 alpha-2 or alpha-3 country code.`,
    });
  }
  if (typeof postalCode !== 'string' || postalCode.trim() === '') {
    problems.push({ field: postalField, code: 'REQUIRED', message: 'Give a postal code.' });
  }
  if (problems.length > 0 || country === undefined || typeof postalCode !== 'string') {
    return { ok: false, problems };
  }
  const tidy = tidyPostalCode(postalCode);
  const formatChecked = ports.formats.hasFormat(country);
  const valid = formatChecked ? ports.formats.matches(country, tidy) : FALLBACK.test(tidy);
  if (!valid) {
    return {
      ok: false,
      problems: [
        {
          field: postalField,
          code: 'INVALID_POSTAL_CODE',
          message: `'${postalCode.trim()}' is not a postal code of ${country}.`,
        },
      ],
    };
  }
  return { ok: true, value: { country, postalCode: tidy, formatChecked } };
}
