export const CATALOG_GATEWAY_OPTIONS = Symbol('CATALOG_GATEWAY_OPTIONS');

export interface CatalogGatewayOptions {
  /** Topic and consumer-group prefix shared with the catalog service (`KAFKA_TOPIC_NAMESPACE`, tests set one). */
  namespace: string;
  /** One attempt of a request-reply; after it the request is sent again (reads, and publishes by command id). */
  attemptTimeoutMs: number;
  attempts: number;
}

export function catalogGatewayOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): CatalogGatewayOptions {
  return {
    namespace: env.KAFKA_TOPIC_NAMESPACE ?? '',
    attemptTimeoutMs: Number(env.CATALOG_REQUEST_TIMEOUT_MS ?? 5000),
    attempts: Number(env.CATALOG_REQUEST_ATTEMPTS ?? 3),
  };
}
