export const BRANDS_GATEWAY_OPTIONS = Symbol('BRANDS_GATEWAY_OPTIONS');

export interface BrandsGatewayOptions {
  /** Topic and consumer-group prefix shared with the brand-vetting service (`KAFKA_TOPIC_NAMESPACE`). */
  namespace: string;
  attemptTimeoutMs: number;
  attempts: number;
}

export function brandsGatewayOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): BrandsGatewayOptions {
  return {
    namespace: env.KAFKA_TOPIC_NAMESPACE ?? '',
    attemptTimeoutMs: Number(env.BRANDS_REQUEST_TIMEOUT_MS ?? 5000),
    attempts: Number(env.BRANDS_REQUEST_ATTEMPTS ?? 3),
  };
}
