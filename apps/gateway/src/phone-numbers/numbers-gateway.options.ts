export const NUMBERS_GATEWAY_OPTIONS = Symbol('NUMBERS_GATEWAY_OPTIONS');

export interface NumbersGatewayOptions {
  /** Topic and consumer-group prefix shared with number-assignment (`KAFKA_TOPIC_NAMESPACE`, tests set one). */
  namespace: string;
  /** One attempt; a bulk of 1,000 numbers takes a second or two, so the default leaves room (30 s). */
  attemptTimeoutMs: number;
  attempts: number;
}

export function numbersGatewayOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): NumbersGatewayOptions {
  return {
    namespace: env.KAFKA_TOPIC_NAMESPACE ?? '',
    attemptTimeoutMs: Number(env.NUMBERS_REQUEST_TIMEOUT_MS ?? 30000),
    attempts: Number(env.NUMBERS_REQUEST_ATTEMPTS ?? 2),
  };
}
