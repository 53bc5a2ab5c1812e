import { Wakeup } from './wakeup';

describe('Wakeup', () => {
  it('keeps a wake-up that came while nobody slept, so the next sleep returns at once', async () => {
    const wakeup = new Wakeup();
    wakeup.wake();
    let returned = false;
    const sleeping = wakeup.sleep(60_000).then(() => (returned = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(returned).toBe(true);
    await sleeping;
  });

  it('forgets earlier wake-ups on reset', async () => {
    jest.useFakeTimers();
    try {
      const wakeup = new Wakeup();
      wakeup.wake();
      wakeup.reset();
      let returned = false;
      const sleeping = wakeup.sleep(1000).then(() => (returned = true));
      await Promise.resolve();
      expect(returned).toBe(false);
      wakeup.wake();
      await sleeping;
      expect(returned).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it('returns after the timeout when nobody wakes it', async () => {
    jest.useFakeTimers();
    try {
      const wakeup = new Wakeup();
      let returned = false;
      const sleeping = wakeup.sleep(1000).then(() => (returned = true));
      jest.advanceTimersByTime(999);
      await Promise.resolve();
      expect(returned).toBe(false);
      jest.advanceTimersByTime(1);
      await sleeping;
      expect(returned).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
