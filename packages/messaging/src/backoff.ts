export interface BackoffOptions {
  initialDelayMs?: number;
  maxDelayMs?: number;
}

/** Exponential delays with jitter: initial, 2x, 4x, ... capped at max. */
export class Backoff {
  private attempt = 0;
  private readonly initial: number;
  private readonly max: number;

  constructor({ initialDelayMs = 200, maxDelayMs = 10_000 }: BackoffOptions = {}) {
    this.initial = initialDelayMs;
    this.max = maxDelayMs;
  }

  next(): number {
    const base = Math.min(this.max, this.initial * 2 ** Math.min(this.attempt, 30));
    this.attempt += 1;
    return Math.round(base / 2 + Math.random() * (base / 2));
  }

  reset(): void {
    this.attempt = 0;
  }
}

/** A sleep that `cancel()` ends early (used to stop promptly while backing off). */
export class Sleeper {
  private wake: (() => void) | null = null;

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        if (this.wake === done) this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  cancel(): void {
    this.wake?.();
  }
}
