import { createHash } from 'node:crypto';

/** How API keys are stored and looked up: SHA-256 hex of the full key string. Keys have enough entropy for no salt. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
