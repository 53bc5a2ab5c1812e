import type { AllSubscription, GlobalPosition, RecordedEvent } from '../event-store.port';
import { Wakeup } from './wakeup';

export interface PollingSubscriptionSource {
  /** Events strictly after `position` in global order, at most `limit`, never past what is safe to read. */
  readAfter(position: GlobalPosition, limit: number): Promise<RecordedEvent[]>;
  /** Registers a hint that new events may exist; returns the unregister function. */
  onChange(listener: () => void): () => void;
}

export interface PollingSubscriptionOptions {
  from: GlobalPosition;
  pollIntervalMs: number;
  batchSize: number;
  onClose?: () => void;
}

/**
 * Catch-up then live over any ordered reader: reads batches after the last delivered position, and when
 * caught up sleeps until a change hint or the poll interval. The cursor only moves past delivered events,
 * so nothing is skipped or delivered twice as long as `readAfter` is gap-free.
 */
export class PollingSubscription implements AllSubscription {
  private closed = false;
  private readonly wakeup = new Wakeup();
  private inFlight: Promise<unknown> = Promise.resolve();
  private unregister: (() => void) | null = null;
  private readonly iterator: AsyncGenerator<RecordedEvent, void, undefined>;

  constructor(
    private readonly source: PollingSubscriptionSource,
    private readonly options: PollingSubscriptionOptions,
  ) {
    this.iterator = this.run();
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this.iterator;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.wakeup.wake();
    this.stopListening();
    await this.inFlight.catch(() => undefined);
    this.options.onClose?.();
  }

  private async *run(): AsyncGenerator<RecordedEvent, void, undefined> {
    if (this.closed) return;
    this.unregister = this.source.onChange(() => this.wakeup.wake());
    try {
      let position = this.options.from;
      while (!this.closed) {
        this.wakeup.reset();
        const read = this.source.readAfter(position, this.options.batchSize);
        this.inFlight = read;
        const batch = await read;
        for (const event of batch) {
          if (this.closed) return;
          position = event.position;
          yield event;
        }
        if (batch.length < this.options.batchSize && !this.closed) {
          await this.wakeup.sleep(this.options.pollIntervalMs);
        }
      }
    } finally {
      this.stopListening();
    }
  }

  private stopListening(): void {
    this.unregister?.();
    this.unregister = null;
  }
}
