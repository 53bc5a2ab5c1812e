export const BUNDLES_GATEWAY_OPTIONS = Symbol('BUNDLES_GATEWAY_OPTIONS');

export interface BundlesGatewayOptions {
  /** Topic and consumer-group prefix shared with the bundle-lifecycle service (`KAFKA_TOPIC_NAMESPACE`). */
  namespace: string;
  /** One attempt; evaluations and submits call the catalog and identity-assets in turn, so it is generous. */
  attemptTimeoutMs: number;
  attempts: number;
}

export function bundlesGatewayOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): BundlesGatewayOptions {
  return {
    namespace: env.KAFKA_TOPIC_NAMESPACE ?? '',
    attemptTimeoutMs: Number(env.BUNDLES_REQUEST_TIMEOUT_MS ?? 15000),
    attempts: Number(env.BUNDLES_REQUEST_ATTEMPTS ?? 2),
  };
}
