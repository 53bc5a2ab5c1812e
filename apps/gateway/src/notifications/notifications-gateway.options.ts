export const NOTIFICATIONS_GATEWAY_OPTIONS = Symbol('NOTIFICATIONS_GATEWAY_OPTIONS');

export interface NotificationsGatewayOptions {
  /** Topic and consumer-group prefix shared with the notifications service (`KAFKA_TOPIC_NAMESPACE`). */
  namespace: string;
  attemptTimeoutMs: number;
  attempts: number;
}

export function notificationsGatewayOptionsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): NotificationsGatewayOptions {
  return {
    namespace: env.KAFKA_TOPIC_NAMESPACE ?? '',
    attemptTimeoutMs: Number(env.NOTIFICATIONS_REQUEST_TIMEOUT_MS ?? 5000),
    attempts: Number(env.NOTIFICATIONS_REQUEST_ATTEMPTS ?? 3),
  };
}
