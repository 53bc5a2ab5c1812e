import { databaseUrl } from '@compliance/postgres';

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');

export interface GatewayConfig {
  databaseUrl: string;
  kafkaBrokers: string[];
  /** The bootstrap ADMIN key (`ADMIN_API_KEY`); null disables it. */
  adminApiKey: string | null;
  /** Largest accepted request body; larger ones get 413 PAYLOAD_TOO_LARGE. */
  bodyLimitBytes: number;
  /** How long /health waits for PostgreSQL and for Kafka. */
  healthTimeoutMs: number;
  /** How long a stored Idempotency-Key response is replayed. */
  idempotencyTtlSeconds: number;
}

export const ONE_MIB = 1024 * 1024;

export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const adminApiKey = env.ADMIN_API_KEY?.trim();
  return {
    databaseUrl: databaseUrl(env),
    kafkaBrokers: (env.KAFKA_BROKERS ?? '127.0.0.1:9092')
      .split(',')
      .map((broker) => broker.trim())
      .filter(Boolean),
    adminApiKey: adminApiKey ? adminApiKey : null,
    bodyLimitBytes: ONE_MIB,
    healthTimeoutMs: 2000,
    idempotencyTtlSeconds: 24 * 60 * 60,
  };
}
