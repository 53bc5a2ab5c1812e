import { randomBytes, randomUUID } from 'node:crypto';
import type { AllSubscription, NewEvent, RecordedEvent } from '../event-store.port';

/** A stream-name prefix no other test (or test run on a shared store) uses. */
export function uniquePrefix(label: string): string {
  return `${label}${randomBytes(5).toString('hex')}-`;
}

export function newEvent(type = 'Happened', data: unknown = { n: 1 }): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    data,
    metadata: {
      accountId: 'AC123',
      actor: 'contract-suite',
      correlationId: randomUUID(),
      causationId: null,
      occurredAt: new Date(0).toISOString(),
      schemaVersion: 1,
    },
  };
}

export function newEvents(count: number, type = 'Happened'): NewEvent[] {
  return Array.from({ length: count }, (_, n) => newEvent(type, { n }));
}

export function ids(events: readonly { eventId: string }[]): string[] {
  return events.map((event) => event.eventId);
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Collects events from a subscription in the background until closed. */
export class Collector {
  readonly events: RecordedEvent[] = [];
  readonly done: Promise<void>;
  failure: unknown = undefined;

  constructor(readonly subscription: AllSubscription) {
    this.done = (async () => {
      try {
        for await (const event of subscription) this.events.push(event);
      } catch (error) {
        this.failure = error;
      }
    })();
  }

  /** Resolves once `count` events arrived; fails after `timeoutMs`. */
  async waitFor(count: number, timeoutMs = 20000): Promise<RecordedEvent[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.events.length < count) {
      if (this.failure !== undefined) {
        throw this.failure instanceof Error
          ? this.failure
          : new Error('subscription failed', { cause: this.failure });
      }
      if (Date.now() > deadline) {
        throw new Error(`subscription delivered ${this.events.length} of ${count} events in ${timeoutMs} ms`);
      }
      await delay(20);
    }
    return this.events.slice(0, count);
  }

  async close(): Promise<void> {
    await this.subscription.close();
    await this.done;
  }
}
