import type { Clock } from '../../src/domain/clock';

/** The real time moved by `advance`: retries that would take hours become due at once. */
export class ManualClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
