import { END_USER_TYPES, NUMBER_TYPES, type EndUserType, type NumberType } from './catalog.types';
import type { CountryCodes } from './ports';
import { fail, ok, type FieldProblem, type Result } from './problems';

/** Accepted on input as another name of LOCAL (Bandwidth and Twilio say GEOGRAPHIC). */
const NUMBER_TYPE_ALIASES: Readonly<Record<string, NumberType>> = { GEOGRAPHIC: 'LOCAL' };

const COUNTRY_CODE = /^[A-Za-z]{2,3}$/;

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() : undefined;
}

/** Alpha-2 or alpha-3 in any case → alpha-3; numeric codes and names are refused. */
export function normaliseCountry(value: unknown, countries: CountryCodes, field = 'country'): Result<string> {
  const code = text(value);
  if (code === undefined || code === '') {
    return fail({ field, code: 'REQUIRED', message: 'Give an ISO 3166-1 alpha-2 or alpha-3 country code.' });
  }
  const alpha3 = COUNTRY_CODE.test(code) ? countries.toAlpha3(code) : undefined;
  if (alpha3 === undefined) {
    return fail({
      field,
      code: 'UNKNOWN_COUNTRY',
      message: `'${code}' is not an ISO 3166-1 alpha-2 or alpha-3 country code.`,
    });
  }
  return ok(alpha3);
}

/** Any case; GEOGRAPHIC is read as LOCAL. Output is always the canonical name. */
export function normaliseNumberType(value: unknown, field = 'numberType'): Result<NumberType> {
  const raw = text(value);
  if (raw === undefined || raw === '') {
    return fail({ field, code: 'REQUIRED', message: `Give one of ${NUMBER_TYPES.join(', ')}.` });
  }
  const upper = raw.toUpperCase().replace(/[\s-]/g, '_');
  const canonical = NUMBER_TYPE_ALIASES[upper] ?? NUMBER_TYPES.find((t) => t === upper);
  if (canonical === undefined) {
    return fail({
      field,
      code: 'UNKNOWN_NUMBER_TYPE',
      message: `'${raw}' is not a number type; use one of ${NUMBER_TYPES.join(', ')} (GEOGRAPHIC means LOCAL).`,
    });
  }
  return ok(canonical);
}

export function normaliseEndUserType(value: unknown, field = 'endUserType'): Result<EndUserType> {
  const raw = text(value);
  if (raw === undefined || raw === '') {
    return fail({ field, code: 'REQUIRED', message: `Give one of ${END_USER_TYPES.join(', ')}.` });
  }
  const upper = raw.toUpperCase();
  const canonical = END_USER_TYPES.find((t) => t === upper);
  if (canonical === undefined) {
    return fail({
      field,
      code: 'UNKNOWN_END_USER_TYPE',
      message: `'${raw}' is not an end-user type; use one of ${END_USER_TYPES.join(', ')}.`,
    });
  }
  return ok(canonical);
}

/** `?version=N`: a positive integer, given as a number or a decimal string. */
export function normaliseVersion(value: unknown, field = 'version'): Result<number> {
  const raw = typeof value === 'number' ? String(value) : text(value);
  if (raw === undefined || !/^[1-9]\d{0,8}$/.test(raw)) {
    return fail({ field, code: 'INVALID_VERSION', message: 'A version is a positive whole number.' });
  }
  return ok(Number(raw));
}

export interface RequirementsFilter {
  readonly country?: string;
  readonly numberType?: NumberType;
  readonly endUserType?: EndUserType;
}

/**
 * The query of `GET .../compliance/requirements`: every filter optional (absent or empty means "any"),
 * every bad one reported at once, each naming its parameter.
 */
export function normaliseRequirementsFilter(
  query: { readonly country?: unknown; readonly numberType?: unknown; readonly endUserType?: unknown },
  countries: CountryCodes,
): Result<RequirementsFilter> {
  const problems: FieldProblem[] = [];
  const filter: { country?: string; numberType?: NumberType; endUserType?: EndUserType } = {};
  const given = (v: unknown): boolean =>
    v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');

  if (given(query.country)) {
    const r = normaliseCountry(query.country, countries);
    if (r.ok) filter.country = r.value;
    else problems.push(...r.problems);
  }
  if (given(query.numberType)) {
    const r = normaliseNumberType(query.numberType);
    if (r.ok) filter.numberType = r.value;
    else problems.push(...r.problems);
  }
  if (given(query.endUserType)) {
    const r = normaliseEndUserType(query.endUserType);
    if (r.ok) filter.endUserType = r.value;
    else problems.push(...r.problems);
  }
  return problems.length > 0 ? { ok: false, problems } : ok(filter);
}
