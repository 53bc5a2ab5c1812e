/** A level-triggered wake-up: a `wake()` that happens while nobody sleeps is kept for the next `sleep()`. */
export class Wakeup {
  private signalled = false;
  private resolveSleeper: (() => void) | null = null;

  wake(): void {
    if (this.resolveSleeper) {
      this.resolveSleeper();
      this.resolveSleeper = null;
    } else {
      this.signalled = true;
    }
  }

  /** Forgets wake-ups seen so far; call it before looking for new work. */
  reset(): void {
    this.signalled = false;
  }

  /** Resolves on the next wake-up or after `ms`, whichever comes first. */
  sleep(ms: number): Promise<void> {
    if (this.signalled) {
      this.signalled = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.resolveSleeper = null;
        resolve();
      }, ms);
      this.resolveSleeper = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
