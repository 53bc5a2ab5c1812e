import type { CityPostalCode } from './catalog.types';
import { fail, ok, type FieldProblem, type Result } from './problems';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface CityInfoQuery {
  readonly city?: string;
  readonly postalCode?: string;
  readonly pageSize?: unknown;
  readonly pageToken?: string;
}

export interface Page<T> {
  readonly data: readonly T[];
  readonly nextPageToken: string | null;
}

/** Case-, accent- and punctuation-blind form of a name, so "munchen" finds "München" and "st polten" "St. Pölten". */
export function foldName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function foldPostalCode(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/*
 * Page tokens are keyset cursors (the last postal code and city returned), not offsets, so a page boundary
 * stays put when the data file gains or loses rows between two requests. They are opaque to clients.
 */
export function encodePageToken(last: CityPostalCode): string {
  return `c1.${encodeURIComponent(last.postalCode)}.${encodeURIComponent(last.city)}`;
}

export function decodePageToken(token: string): CityPostalCode | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== 'c1') return undefined;
  try {
    const postalCode = decodeURIComponent(parts[1] ?? '');
    const city = decodeURIComponent(parts[2] ?? '');
    return postalCode === '' || city === '' ? undefined : { postalCode, city };
  } catch {
    return undefined;
  }
}

export function compareCityPostalCode(a: CityPostalCode, b: CityPostalCode): number {
  if (a.postalCode !== b.postalCode) return a.postalCode < b.postalCode ? -1 : 1;
  if (a.city !== b.city) return a.city < b.city ? -1 : 1;
  return 0;
}

export function parsePageSize(value: unknown, field = 'pageSize'): Result<number> {
  if (value === undefined || value === null || value === '') return ok(DEFAULT_PAGE_SIZE);
  const raw = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_PAGE_SIZE) {
    return fail({
      field,
      code: 'OUT_OF_RANGE',
      message: `pageSize is a whole number from 1 to ${MAX_PAGE_SIZE}.`,
    });
  }
  return ok(Number(raw));
}

/**
 * `GET /v1/addresses/{country}/cityInfo`: filter by a city name prefix (case and accents ignored) and a postal
 * code prefix (spaces and dashes ignored), in postal-code order, one page at a time.
 * `entries` must be sorted with `compareCityPostalCode`.
 */
export function queryCityInfo(
  entries: readonly CityPostalCode[],
  query: CityInfoQuery,
): Result<Page<CityPostalCode>> {
  const problems: FieldProblem[] = [];
  const size = parsePageSize(query.pageSize);
  if (!size.ok) problems.push(...size.problems);
  let after: CityPostalCode | undefined;
  if (query.pageToken !== undefined && query.pageToken !== '') {
    after = decodePageToken(query.pageToken);
    if (!after)
      problems.push({
        field: 'pageToken',
        code: 'INVALID_PAGE_TOKEN',
        message: 'This page token is not valid.',
      });
  }
  if (!size.ok || problems.length > 0) return { ok: false, problems };

  const city = query.city !== undefined ? foldName(query.city) : '';
  const postal = query.postalCode !== undefined ? foldPostalCode(query.postalCode) : '';
  const data: CityPostalCode[] = [];
  let more = false;
  for (const entry of entries) {
    if (after && compareCityPostalCode(entry, after) <= 0) continue;
    if (postal !== '' && !foldPostalCode(entry.postalCode).startsWith(postal)) continue;
    if (city !== '' && !foldName(entry.city).startsWith(city)) continue;
    if (data.length === size.value) {
      more = true;
      break;
    }
    data.push(entry);
  }
  const last = data[data.length - 1];
  return ok({ data, nextPageToken: more && last ? encodePageToken(last) : null });
}

/** Whether a postal code is one the country's cityInfo knows (the LOCAL address check of evaluations). */
export function isKnownPostalCode(entries: readonly CityPostalCode[], postalCode: string): boolean {
  const wanted = foldPostalCode(postalCode);
  return entries.some((e) => foldPostalCode(e.postalCode) === wanted);
}
