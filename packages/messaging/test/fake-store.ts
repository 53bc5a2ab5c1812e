import type {
  AllSubscription,
  EventStore,
  NewEvent,
  RecordedEvent,
  SubscribeToAllOptions,
} from '@compliance/event-store';

/** Just enough of an EventStore for relay unit tests: a global log and a live subscription over it. */
export class FakeStore implements Pick<EventStore, 'subscribeToAll'> {
  readonly log: RecordedEvent[] = [];
  private readonly listeners = new Set<() => void>();
  subscriptions = 0;

  add(streamId: string, count: number): RecordedEvent[] {
    const added: RecordedEvent[] = [];
    for (let i = 0; i < count; i += 1) {
      const revision = this.log.filter((e) => e.streamId === streamId).length;
      const event: RecordedEvent = {
        ...newEvent(`${streamId}#${revision}`),
        streamId,
        revision,
        position: String(this.log.length + 1),
      };
      this.log.push(event);
      added.push(event);
    }
    this.listeners.forEach((wake) => wake());
    return added;
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    this.subscriptions += 1;
    let closed = false;
    let wake: () => void = () => undefined;
    const listener = (): void => wake();
    this.listeners.add(listener);
    const log = this.log;
    const prefixes = options.filter?.streamPrefixes;
    let index = options.from === undefined || options.from === 'START' ? 0 : Number(options.from);
    async function* iterate(): AsyncGenerator<RecordedEvent> {
      while (!closed) {
        const event = log[index];
        if (event) {
          index += 1;
          if (!prefixes || prefixes.some((p) => event.streamId.startsWith(p))) yield event;
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
        }
      }
    }
    const iterator = iterate();
    return {
      [Symbol.asyncIterator]: () => iterator,
      close: async () => {
        closed = true;
        this.listeners.delete(listener);
        wake();
      },
    };
  }
}

let counter = 0;
export function newEvent(label: string): NewEvent {
  counter += 1;
  const hex = counter.toString(16).padStart(12, '0');
  return {
    eventId: `00000000-0000-4000-8000-${hex}`,
    type: 'ThingHappened',
    data: { label },
    metadata: {
      accountId: 'acc_1',
      actor: 'user:a',
      correlationId: 'corr',
      causationId: 'cause',
      occurredAt: '2024-01-01T00:00:00.000Z',
      schemaVersion: 1,
    },
  };
}
