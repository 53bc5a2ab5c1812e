import { createHash } from 'node:crypto';
import type { EndUserType, NumberType } from '../domain/catalog.types';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** The time part of every derived id: the day the catalog's first data was published. */
export const CATALOG_EPOCH_MS = Date.UTC(2025, 0, 1);

function encodeTime(ms: number): string {
  let out = '';
  let rest = ms;
  for (let i = 0; i < 10; i++) {
    out = CROCKFORD.charAt(rest % 32) + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

function encodeBits(bytes: Buffer, chars: number): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      out += CROCKFORD.charAt((buffer >> (bits - 5)) & 31);
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
    if (out.length === chars) break;
  }
  return out;
}

/**
 * A stable regulation id: `reg_` + a valid ULID whose time part is the catalog epoch and whose 80 random
 * bits are the first 80 bits of SHA-256("<ISO3>:<numberType>:<endUserType>"). The same regulation gets the
 * same id on every machine and every rebuild, so seeding is idempotent and links never break.
 */
export function regulationIdFor(country: string, numberType: NumberType, endUserType: EndUserType): string {
  const digest = createHash('sha256')
    .update(`${country.toUpperCase()}:${numberType}:${endUserType}`)
    .digest();
  return `reg_${encodeTime(CATALOG_EPOCH_MS)}${encodeBits(digest, 16)}`;
}
