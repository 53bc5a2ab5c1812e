import { DEFAULT_RETRY_POLICY, MIN_RETRY_WINDOW_MS, type RetryPolicy } from './domain/retry-schedule';

/** Everything the service reads from its environment (README "Notifications"). */
export interface NotificationsConfig {
  readonly namespace: string;
  readonly smtpUrl: string | null;
  readonly emailFrom: string;
  readonly webhookTimeoutMs: number;
  readonly allowPrivateTargets: boolean;
  readonly emailTimeoutMs: number;
  readonly concurrency: number;
  readonly retryPolicy: RetryPolicy;
}

export const DEFAULT_EMAIL_FROM = 'Compliance notifications <notifications@compliance.invalid>';

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): NotificationsConfig {
  const retryWindowMs = positiveInt(env, 'NOTIFICATIONS_RETRY_WINDOW_MS', DEFAULT_RETRY_POLICY.retryWindowMs);
  if (retryWindowMs < MIN_RETRY_WINDOW_MS) {
    throw new Error(`NOTIFICATIONS_RETRY_WINDOW_MS must be at least ${MIN_RETRY_WINDOW_MS} (24 h, API.md)`);
  }
  return {
    namespace: env.KAFKA_TOPIC_NAMESPACE ?? '',
    smtpUrl: env.SMTP_URL && env.SMTP_URL.trim().length > 0 ? env.SMTP_URL.trim() : null,
    emailFrom: env.NOTIFICATIONS_EMAIL_FROM ?? DEFAULT_EMAIL_FROM,
    webhookTimeoutMs: positiveInt(env, 'WEBHOOK_TIMEOUT_MS', 10_000),
    allowPrivateTargets: env.WEBHOOK_ALLOW_PRIVATE_TARGETS === 'true',
    emailTimeoutMs: positiveInt(env, 'SMTP_TIMEOUT_MS', 30_000),
    concurrency: positiveInt(env, 'NOTIFICATIONS_CONCURRENCY', 16),
    retryPolicy: {
      ...DEFAULT_RETRY_POLICY,
      initialDelayMs: positiveInt(env, 'NOTIFICATIONS_RETRY_INITIAL_MS', DEFAULT_RETRY_POLICY.initialDelayMs),
      maxDelayMs: positiveInt(env, 'NOTIFICATIONS_RETRY_MAX_MS', DEFAULT_RETRY_POLICY.maxDelayMs),
      retryWindowMs,
    },
  };
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}
