import { SetMetadata } from '@nestjs/common';

export const RESPONSE_SECRETS = 'idempotency:response-secrets';

/**
 * Top-level response fields that hold secrets (API keys, signing secrets). They are shown once: the stored copy that
 * an Idempotency-Key replay returns has `null` in their place, so no plaintext secret is ever written to the database.
 */
export const ResponseSecrets = (...fields: string[]): MethodDecorator =>
  SetMetadata(RESPONSE_SECRETS, fields);

export function withoutSecrets(body: unknown, fields: readonly string[]): unknown {
  if (fields.length === 0 || typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const field of fields) if (field in copy) copy[field] = null;
  return copy;
}
