import { ID_PREFIX, isId, type IdPrefix } from '@compliance/contracts';
import { NotFoundError, ValidationError } from '@compliance/event-sourcing';

/** An id of the wrong shape names nothing: it is NOT_FOUND, like an unknown one. */
export function requireId(prefix: IdPrefix, value: unknown, resource: string): string {
  if (typeof value !== 'string' || !isId(prefix, value)) {
    throw new NotFoundError(resource, typeof value === 'string' ? value.slice(0, 64) : String(value));
  }
  return value;
}

export function requireBundleId(value: unknown): string {
  return requireId(ID_PREFIX.bundle, value, 'bundle');
}

export function requireAccountId(value: unknown): string {
  return requireId(ID_PREFIX.account, value, 'account');
}

/** The caller's account: a string for customer paths, null for staff paths. */
export function accountOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : requireAccountId(value);
}

export function invalid(field: string, code: string, message: string): ValidationError {
  return new ValidationError([{ field, code, message }], message);
}

/** Page tokens are opaque base64url JSON; anything else is a bad parameter. */
export function decodePageToken<T>(
  token: string | undefined,
  isValid: (value: unknown) => value is T,
): T | undefined {
  if (token === undefined || token === '') return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (isValid(decoded)) return decoded;
  } catch {
    // falls through
  }
  throw invalid(
    'pageToken',
    'INVALID_PAGE_TOKEN',
    'pageToken is not a token this list gave out; start without it.',
  );
}

export function encodePageToken(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function pageSizeOf(value: unknown): number {
  const size = typeof value === 'number' ? value : 20;
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    throw invalid('pageSize', 'OUT_OF_RANGE', 'pageSize must be an integer from 1 to 100.');
  }
  return size;
}

/** Offset paging over a list held in memory (items, evaluations, history). */
export function pageOf<T>(all: readonly T[], pageSize: number, pageToken: string | undefined) {
  const start =
    decodePageToken(pageToken, (v): v is { o: number } => {
      const o = (v as { o?: unknown } | null)?.o;
      return typeof o === 'number' && Number.isInteger(o) && o >= 0;
    })?.o ?? 0;
  const data = all.slice(start, start + pageSize);
  const next = start + pageSize < all.length ? encodePageToken({ o: start + pageSize }) : null;
  return { data, nextPageToken: next };
}
