/** Opaque to clients: the outbox id of the last notification of the page, base64url. */
export function encodePageToken(lastId: string): string {
  return Buffer.from(`n:${lastId}`, 'utf8').toString('base64url');
}

/** The id after which the next page starts, or null when the token was not made by `encodePageToken`. */
export function decodePageToken(token: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(token)) return null;
  const match = /^n:(\d{1,18})$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return match?.[1] ?? null;
}
