/**
 * When a failed delivery is tried again (ADR 0012): exponential backoff from `initialDelayMs`, doubling per failed
 * attempt up to `maxDelayMs`, each delay spread by ±`jitterRatio` so receivers that failed together do not get every
 * retry at the same instant. Attempts go on until `retryWindowMs` after the notification was recorded; a failure
 * after that gives up. The window is a time, not a count of attempts, so jitter never shortens it.
 */
export interface RetryPolicy {
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  readonly retryWindowMs: number;
  readonly jitterRatio: number;
}

const HOUR = 3_600_000;

/** API.md: retried for at least 24 hours. */
export const MIN_RETRY_WINDOW_MS = 24 * HOUR;

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  initialDelayMs: 30_000,
  maxDelayMs: HOUR,
  retryWindowMs: 72 * HOUR,
  jitterRatio: 0.2,
};

export type NextStep = { readonly kind: 'RETRY'; readonly at: Date } | { readonly kind: 'GIVE_UP' };

/** The delay after the `failedAttempts`-th failure (1-based), before jitter. */
export function baseDelayMs(policy: RetryPolicy, failedAttempts: number): number {
  const exponent = Math.min(Math.max(failedAttempts - 1, 0), 40);
  return Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** exponent);
}

/** `random` returns a number in [0, 1), like Math.random. */
export function retryDelayMs(policy: RetryPolicy, failedAttempts: number, random: () => number): number {
  const base = baseDelayMs(policy, failedAttempts);
  const spread = base * policy.jitterRatio;
  return Math.max(0, Math.round(base - spread + 2 * spread * random()));
}

/**
 * What follows a failed attempt. The last retry is moved to the end of the window, so a receiver that is down for
 * the whole window still gets an attempt at its very end.
 */
export function afterFailure(
  policy: RetryPolicy,
  failure: { readonly createdAt: Date; readonly failedAt: Date; readonly failedAttempts: number },
  random: () => number,
): NextStep {
  const deadline = failure.createdAt.getTime() + policy.retryWindowMs;
  const failedAt = failure.failedAt.getTime();
  if (failedAt >= deadline) return { kind: 'GIVE_UP' };
  const next = failedAt + retryDelayMs(policy, failure.failedAttempts, random);
  return { kind: 'RETRY', at: new Date(Math.min(next, deadline)) };
}
