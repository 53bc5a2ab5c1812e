import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * What a customer's endpoint does with a delivery, written from API.md alone (the README shows the same):
 * take `t` and `v1` from X-Compliance-Signature, HMAC-SHA256 "<t>.<raw body>" with the signing secret, compare in
 * constant time, refuse timestamps older than five minutes.
 */
export function customerAccepts(headers: IncomingHttpHeaders, rawBody: string, secret: string): boolean {
  const header = headers['x-compliance-signature'];
  if (typeof header !== 'string') return false;
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  const v1 = parts.v1;
  if (!Number.isInteger(t) || typeof v1 !== 'string') return false;
  if (Math.abs(Date.now() / 1000 - t) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  const given = Buffer.from(v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
