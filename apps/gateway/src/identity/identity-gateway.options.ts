import { IDENTITY_INTERNAL_HTTP_PORT } from '@compliance/contracts';

export const IDENTITY_GATEWAY_OPTIONS = Symbol('IDENTITY_GATEWAY_OPTIONS');

export interface IdentityGatewayOptions {
  /** Topic and consumer-group prefix shared with identity-assets (`KAFKA_TOPIC_NAMESPACE`). */
  namespace: string;
  attemptTimeoutMs: number;
  attempts: number;
  /** identity-assets' internal HTTP endpoint for document files (ADR 0007). */
  filesUrl: string;
}

export function identityGatewayOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): IdentityGatewayOptions {
  return {
    namespace: env.KAFKA_TOPIC_NAMESPACE ?? '',
    attemptTimeoutMs: Number(env.IDENTITY_REQUEST_TIMEOUT_MS ?? 5000),
    attempts: Number(env.IDENTITY_REQUEST_ATTEMPTS ?? 3),
    filesUrl: (env.IDENTITY_FILES_URL ?? `http://127.0.0.1:${IDENTITY_INTERNAL_HTTP_PORT}`).replace(
      /\/+$/,
      '',
    ),
  };
}
