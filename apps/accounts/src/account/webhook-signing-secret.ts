import { randomBytes } from 'node:crypto';

export function newWebhookSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}
