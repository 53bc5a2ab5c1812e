import {
  afterFailure,
  baseDelayMs,
  DEFAULT_RETRY_POLICY,
  MIN_RETRY_WINDOW_MS,
  retryDelayMs,
  type NextStep,
} from '../src/domain/retry-schedule';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const policy = DEFAULT_RETRY_POLICY;

/** Every attempt a receiver that is always down gets, from the first (at 0) to the give-up. */
function attemptTimes(random: () => number): number[] {
  const createdAt = new Date(0);
  const times = [0];
  for (;;) {
    const failedAt = new Date(times[times.length - 1] ?? 0);
    const step: NextStep = afterFailure(
      policy,
      { createdAt, failedAt, failedAttempts: times.length },
      random,
    );
    if (step.kind === 'GIVE_UP') return times;
    times.push(step.at.getTime());
  }
}

describe('retry schedule', () => {
  it('doubles from 30 s and stays at 1 h', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 50].map((n) => baseDelayMs(policy, n))).toEqual([
      30_000,
      60_000,
      120_000,
      240_000,
      480_000,
      960_000,
      1_920_000,
      HOUR,
      HOUR,
      HOUR,
    ]);
  });

  it('spreads each delay by at most ±20 %', () => {
    expect(retryDelayMs(policy, 1, () => 0)).toBe(24_000);
    expect(retryDelayMs(policy, 1, () => 0.999_999)).toBe(36_000);
    expect(retryDelayMs(policy, 1, () => 0.5)).toBe(30_000);
  });

  it.each([
    ['shortest', () => 0],
    ['longest', () => 0.999_999],
    ['middle', () => 0.5],
  ])('keeps trying for the whole window with the %s jitter, then gives up', (_name, random) => {
    const times = attemptTimes(random);
    const last = times[times.length - 1] ?? 0;
    expect(last).toBe(policy.retryWindowMs);
    expect(last).toBeGreaterThanOrEqual(MIN_RETRY_WINDOW_MS);
    for (let i = 1; i < times.length; i += 1) {
      const gap = (times[i] ?? 0) - (times[i - 1] ?? 0);
      expect(gap).toBeGreaterThan(0);
      expect(gap).toBeLessThanOrEqual(1.2 * HOUR);
    }
  });

  it('has about 79 attempts over the 72 h window (documented in ADR 0012)', () => {
    const times = attemptTimes(() => 0.5);
    expect(times.length).toBe(79);
    const within24h = times.filter((t) => t <= 24 * HOUR).length;
    expect(within24h).toBe(30);
  });

  it('gives up only on a failure at or after the end of the window', () => {
    const createdAt = new Date('2026-01-01T00:00:00Z');
    const justBefore = new Date(createdAt.getTime() + policy.retryWindowMs - 1);
    const atEnd = new Date(createdAt.getTime() + policy.retryWindowMs);
    expect(afterFailure(policy, { createdAt, failedAt: justBefore, failedAttempts: 70 }, () => 0.5)).toEqual({
      kind: 'RETRY',
      at: atEnd,
    });
    expect(afterFailure(policy, { createdAt, failedAt: atEnd, failedAttempts: 71 }, () => 0.5)).toEqual({
      kind: 'GIVE_UP',
    });
  });
});
