import { START, type GlobalPosition, type RecordedEvent } from '../event-store.port';
import { PollingSubscription, type PollingSubscriptionSource } from './polling-subscription';

function recorded(n: number): RecordedEvent {
  return {
    eventId: `e${n}`,
    type: 'Happened',
    data: { n },
    metadata: {
      accountId: null,
      actor: 'test',
      correlationId: 'c',
      causationId: null,
      occurredAt: '',
      schemaVersion: 1,
    },
    streamId: 's',
    revision: n,
    position: `p${n}`,
  };
}

/** An in-memory log whose readable end can be held back, like a horizon. */
class FakeLog implements PollingSubscriptionSource {
  readonly events: RecordedEvent[] = [];
  readonly reads: GlobalPosition[] = [];
  private listener: (() => void) | null = null;

  append(count: number): void {
    for (let i = 0; i < count; i += 1) this.events.push(recorded(this.events.length));
    this.listener?.();
  }

  async readAfter(position: GlobalPosition, limit: number): Promise<RecordedEvent[]> {
    this.reads.push(position);
    const start = position === START ? 0 : this.events.findIndex((event) => event.position === position) + 1;
    return this.events.slice(start, start + limit);
  }

  onChange(listener: () => void): () => void {
    this.listener = listener;
    return () => {
      this.listener = null;
    };
  }

  get listening(): boolean {
    return this.listener !== null;
  }
}

async function take(iterator: AsyncIterator<RecordedEvent>, count: number): Promise<string[]> {
  const taken: string[] = [];
  while (taken.length < count) {
    const next = await iterator.next();
    if (next.done) break;
    taken.push(next.value.eventId);
  }
  return taken;
}

describe('PollingSubscription', () => {
  it('catches up in batches from an exclusive position, then delivers live events on a change hint', async () => {
    const log = new FakeLog();
    log.append(5);
    const subscription = new PollingSubscription(log, { from: 'p0', pollIntervalMs: 60_000, batchSize: 2 });
    const iterator = subscription[Symbol.asyncIterator]();

    expect(await take(iterator, 4)).toEqual(['e1', 'e2', 'e3', 'e4']);
    const live = take(iterator, 2);
    await new Promise((resolve) => setImmediate(resolve));
    log.append(2);
    expect(await live).toEqual(['e5', 'e6']);
    expect(log.reads.slice(0, 3)).toEqual(['p0', 'p2', 'p4']);
    await subscription.close();
  });

  it('ends a pending next() on close and stops listening', async () => {
    const log = new FakeLog();
    const subscription = new PollingSubscription(log, { from: START, pollIntervalMs: 60_000, batchSize: 10 });
    const iterator = subscription[Symbol.asyncIterator]();
    const pending = iterator.next();
    await new Promise((resolve) => setImmediate(resolve));
    expect(log.listening).toBe(true);

    await subscription.close();
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    expect(log.listening).toBe(false);
  });

  it('delivers nothing more after close, even events already read', async () => {
    const log = new FakeLog();
    log.append(3);
    const subscription = new PollingSubscription(log, { from: START, pollIntervalMs: 60_000, batchSize: 10 });
    const delivered: string[] = [];
    for await (const event of subscription) {
      delivered.push(event.eventId);
      await subscription.close();
    }
    expect(delivered).toEqual(['e0']);
  });
});
