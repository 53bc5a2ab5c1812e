import { createHash, randomBytes } from 'node:crypto';

export const API_KEY_PREFIX = 'ck_live_';

/** How API keys are stored and looked up: SHA-256 hex of the full key string. Keys have enough entropy for no salt. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function isApiKeyHash(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}

/**
 * A new API key (256 random bits). The gateway mints it and sends only the hash to the accounts service, so the
 * plaintext exists in the gateway process and the HTTP response, and nowhere else: not on Kafka, not in the store.
 */
export function generateApiKey(): { apiKey: string; keyHash: string } {
  const apiKey = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { apiKey, keyHash: hashApiKey(apiKey) };
}
