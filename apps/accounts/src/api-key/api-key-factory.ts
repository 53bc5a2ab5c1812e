import { createHmac, randomBytes } from 'node:crypto';
import { hashApiKey } from '@compliance/contracts';

export const API_KEY_PREFIX = 'ck_live_';

/**
 * Makes the plaintext of an API key from its id and a service secret (HMAC-SHA256, 256 bits). The key is never
 * stored: deriving it lets a redelivered or retried command answer with the same key as the first time, which a
 * random key could only do if it were kept somewhere. Rotating the secret does not change issued keys (their hashes
 * are in the events); only a replay after a rotation cannot repeat the key, and says so (see `assertSameKey`).
 */
export class ApiKeyFactory {
  constructor(private readonly secret: string) {
    if (secret.length < 32) throw new Error('the API key secret must be at least 32 characters');
  }

  keyFor(apiKeyId: string): { apiKey: string; keyHash: string } {
    const apiKey = `${API_KEY_PREFIX}${createHmac('sha256', this.secret).update(apiKeyId).digest('base64url')}`;
    return { apiKey, keyHash: hashApiKey(apiKey) };
  }

  static randomSecret(): string {
    return randomBytes(32).toString('base64url');
  }
}

export function newWebhookSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}
