import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KEY_BYTES } from './aes-gcm';

export interface MasterKey {
  readonly key: Buffer;
  /** Short fingerprint stored beside each wrapped key, so a rotation knows which master key wrapped it. */
  readonly keyId: string;
  /** Where it came from, for the start-up line (never the key itself). */
  readonly source: 'IDENTITY_MASTER_KEY' | 'file';
}

function decode(base64: string, origin: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== KEY_BYTES) {
    throw new Error(`${origin} must be ${KEY_BYTES} random bytes in base64 (got ${key.length} bytes)`);
  }
  return key;
}

function withId(key: Buffer, source: MasterKey['source']): MasterKey {
  return { key, keyId: createHash('sha256').update(key).digest('hex').slice(0, 16), source };
}

/**
 * The key that wraps every data key: `IDENTITY_MASTER_KEY` (base64, 32 bytes). Outside production, when it is not set,
 * one is generated once into `IDENTITY_MASTER_KEY_FILE` (default `.data/identity-master-key` under the working
 * directory, which is the repository root under `npm start`) and read from there afterwards, so a fresh machine
 * starts and restarts keep their data readable. In production (`NODE_ENV=production`) the variable is required.
 */
export function loadMasterKey(env: NodeJS.ProcessEnv = process.env): MasterKey {
  const given = env.IDENTITY_MASTER_KEY;
  if (given !== undefined && given.trim() !== '')
    return withId(decode(given, 'IDENTITY_MASTER_KEY'), 'IDENTITY_MASTER_KEY');
  if (env.NODE_ENV === 'production') {
    throw new Error('IDENTITY_MASTER_KEY is required in production (32 random bytes in base64)');
  }
  const file = path.resolve(env.IDENTITY_MASTER_KEY_FILE ?? path.join('.data', 'identity-master-key'));
  try {
    return withId(decode(readFileSync(file, 'utf8'), file), 'file');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, randomBytes(KEY_BYTES).toString('base64'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    // Another instance wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return withId(decode(readFileSync(file, 'utf8'), file), 'file');
}
