export const ACCOUNTS_GATEWAY_OPTIONS = Symbol('ACCOUNTS_GATEWAY_OPTIONS');

export interface AccountsGatewayOptions {
  /** Topic and consumer-group prefix shared with the accounts service (`KAFKA_TOPIC_NAMESPACE`, tests set one). */
  namespace: string;
  /** One attempt of a request-reply; after it the request is sent again (commands are idempotent). */
  attemptTimeoutMs: number;
  attempts: number;
  /** How long a command response waits for the gateway's api-key projection (read your own write). */
  projectionWaitMs: number;
}

export function accountsGatewayOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): AccountsGatewayOptions {
  return {
    namespace: env.KAFKA_TOPIC_NAMESPACE ?? '',
    attemptTimeoutMs: Number(env.ACCOUNTS_REQUEST_TIMEOUT_MS ?? 5000),
    attempts: Number(env.ACCOUNTS_REQUEST_ATTEMPTS ?? 3),
    projectionWaitMs: Number(env.ACCOUNTS_PROJECTION_WAIT_MS ?? 5000),
  };
}
