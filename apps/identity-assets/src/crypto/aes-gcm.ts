import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;
/** Prefix of sealed text values: version 1 is AES-256-GCM, iv | tag | ciphertext in base64url. */
const TEXT_PREFIX = 'v1.';

/** The value cannot be opened: wrong key, wrong binding (`aad`), or tampered bytes. */
export class SealBrokenError extends Error {
  constructor(reason: string) {
    super(`sealed value cannot be opened: ${reason}`);
    this.name = 'SealBrokenError';
  }
}

function checkKey(key: Buffer): void {
  if (key.length !== KEY_BYTES)
    throw new TypeError(`an AES-256 key has ${KEY_BYTES} bytes, not ${key.length}`);
}

/**
 * AES-256-GCM with a fresh random 96-bit IV per value. `aad` binds the ciphertext to what it belongs to (an asset id,
 * a subject id), so a sealed value copied onto another asset does not open.
 */
export function sealBytes(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function openBytes(key: Buffer, sealed: Buffer, aad: string): Buffer {
  checkKey(key);
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new SealBrokenError('too short');
  const decipher = createDecipheriv(ALGORITHM, key, sealed.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new SealBrokenError('authentication failed');
  }
}

/** A JSON value sealed into text (what events and read models store). */
export function sealJson(key: Buffer, value: unknown, aad: string): string {
  return TEXT_PREFIX + sealBytes(key, Buffer.from(JSON.stringify(value), 'utf8'), aad).toString('base64url');
}

export function openJson<T>(key: Buffer, sealed: string, aad: string): T {
  if (!sealed.startsWith(TEXT_PREFIX)) throw new SealBrokenError('unknown format');
  const bytes = openBytes(key, Buffer.from(sealed.slice(TEXT_PREFIX.length), 'base64url'), aad);
  return JSON.parse(bytes.toString('utf8')) as T;
}
