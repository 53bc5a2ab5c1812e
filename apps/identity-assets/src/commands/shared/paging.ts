import { ValidationError } from '@compliance/event-sourcing';

/** Opaque page tokens: the last id of the previous page. */
export function decodePageToken(token: string | undefined): string | null {
  if (token === undefined || token === '') return null;
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { after?: unknown };
    if (typeof parsed.after === 'string' && parsed.after.length <= 64) return parsed.after;
  } catch {
    // falls through to the validation error
  }
  throw new ValidationError(
    [{ field: 'pageToken', code: 'INVALID_FORMAT', message: 'Use the nextPageToken of the previous page.' }],
    'pageToken is not a token this API issued.',
  );
}

export function encodePageToken(after: string): string {
  return Buffer.from(JSON.stringify({ after }), 'utf8').toString('base64url');
}

export function pageSizeOf(value: unknown): number {
  const size = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(size) && size >= 1 && size <= 100 ? size : 20;
}

/** Rows fetched with one extra: more exist when it is there. */
export function pageOf<TRow>(
  rows: readonly TRow[],
  pageSize: number,
  idOf: (row: TRow) => string,
): { rows: TRow[]; nextPageToken: string | null } {
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  return { rows: page, nextPageToken: rows.length > pageSize && last ? encodePageToken(idOf(last)) : null };
}
