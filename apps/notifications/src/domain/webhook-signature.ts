import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * `X-Compliance-Signature` (API.md): `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. The time
 * is inside the signed text, so a receiver that rejects old timestamps also rejects replays of old deliveries.
 */
export function signWebhook(secret: string, unixSeconds: number, rawBody: string): string {
  return `t=${unixSeconds},v1=${hmacHex(secret, unixSeconds, rawBody)}`;
}

export const DEFAULT_SIGNATURE_TOLERANCE_SECONDS = 300;

export type SignatureCheck =
  | { readonly valid: true; readonly timestamp: number }
  | { readonly valid: false; readonly reason: 'MALFORMED' | 'MISMATCH' | 'TIMESTAMP_OUT_OF_TOLERANCE' };

/** What a receiver does (README "Verifying webhooks"): parse, recompute over the raw body, compare, check the age. */
export function verifyWebhookSignature(
  secret: string,
  header: string,
  rawBody: string,
  nowUnixSeconds: number,
  toleranceSeconds = DEFAULT_SIGNATURE_TOLERANCE_SECONDS,
): SignatureCheck {
  const parts = new Map<string, string[]>();
  for (const item of header.split(',')) {
    const eq = item.indexOf('=');
    if (eq <= 0) return { valid: false, reason: 'MALFORMED' };
    const key = item.slice(0, eq).trim();
    parts.set(key, [...(parts.get(key) ?? []), item.slice(eq + 1).trim()]);
  }
  const t = parts.get('t');
  const signatures = parts.get('v1') ?? [];
  if (t?.length !== 1 || !/^\d{1,12}$/.test(t[0] ?? '') || signatures.length === 0) {
    return { valid: false, reason: 'MALFORMED' };
  }
  const timestamp = Number(t[0]);
  const expected = Buffer.from(hmacHex(secret, timestamp, rawBody), 'utf8');
  const matches = signatures.some((candidate) => {
    const given = Buffer.from(candidate, 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) return { valid: false, reason: 'MISMATCH' };
  if (Math.abs(nowUnixSeconds - timestamp) > toleranceSeconds) {
    return { valid: false, reason: 'TIMESTAMP_OUT_OF_TOLERANCE' };
  }
  return { valid: true, timestamp };
}

function hmacHex(secret: string, unixSeconds: number, rawBody: string): string {
  return createHmac('sha256', secret).update(`${unixSeconds}.${rawBody}`, 'utf8').digest('hex');
}
