import type { ProducerRecord, RecordMetadata } from 'kafkajs';
import type { EventStore } from '@compliance/event-store';
import { EventRelay, type CheckpointStore, type MessagingLogger, type RelayProducer } from '../src';
import { FakeStore } from './fake-store';

const silent: MessagingLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };

class MemoryCheckpoints implements CheckpointStore {
  readonly saved: string[] = [];
  position: string | null = null;
  async load(): Promise<string | null> {
    return this.position;
  }
  async save(_name: string, position: string): Promise<void> {
    this.position = position;
    this.saved.push(position);
  }
}

/** Records sends; `failNext` makes the next sends reject as if Kafka were away. */
class FakeProducer implements RelayProducer {
  static sent: ProducerRecord[] = [];
  static failNext = 0;
  static connects = 0;
  async connect(): Promise<void> {
    FakeProducer.connects += 1;
  }
  async disconnect(): Promise<void> {}
  async send(record: ProducerRecord): Promise<RecordMetadata[]> {
    if (FakeProducer.failNext > 0) {
      FakeProducer.failNext -= 1;
      throw new Error('KafkaJSConnectionError: Connection error: connect ECONNREFUSED');
    }
    FakeProducer.sent.push(record);
    return [];
  }
}

function sentIds(): string[] {
  return FakeProducer.sent.flatMap((r) => r.messages.map((m) => m.headers!['x-event-id'] as string));
}

function until(condition: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 5000;
    const check = (): void => {
      if (condition()) resolve();
      else if (Date.now() > deadline) reject(new Error('condition not met'));
      else setTimeout(check, 2);
    };
    check();
  });
}

describe('EventRelay', () => {
  let store: FakeStore;
  let checkpoints: MemoryCheckpoints;
  let relay: EventRelay;

  beforeEach(() => {
    store = new FakeStore();
    checkpoints = new MemoryCheckpoints();
    FakeProducer.sent = [];
    FakeProducer.failNext = 0;
    FakeProducer.connects = 0;
  });

  afterEach(async () => {
    await relay.stop();
  });

  function startRelay(batchSize = 10): void {
    relay = new EventRelay({
      name: 'test.relay',
      topic: 'things',
      streamPrefixes: ['thing-'],
      store: store as unknown as EventStore,
      checkpoints,
      createProducer: () => new FakeProducer(),
      batchSize,
      lingerMs: 1,
      backoff: { initialDelayMs: 1, maxDelayMs: 5 },
      logger: silent,
    });
    relay.start();
  }

  it('publishes only its own streams in batches to its topic and checkpoints after each send', async () => {
    const mine = [...store.add('thing-a', 15), ...store.add('thing-b', 10)];
    store.add('other-x', 5);
    startRelay(10);

    await until(() => checkpoints.position === mine.at(-1)!.position);

    expect(sentIds()).toEqual(mine.map((e) => e.eventId));
    expect(FakeProducer.sent.every((r) => r.topic === 'things' && r.acks === -1)).toBe(true);
    expect(Math.max(...FakeProducer.sent.map((r) => r.messages.length))).toBeLessThanOrEqual(10);
    expect(checkpoints.saved).toHaveLength(FakeProducer.sent.length);
    expect(FakeProducer.sent[0]!.messages[0]!.key).toBe('a');
  });

  it('resumes after the stored checkpoint', async () => {
    const events = store.add('thing-a', 6);
    checkpoints.position = events[2]!.position;
    startRelay();
    await until(() => checkpoints.position === events[5]!.position);
    expect(sentIds()).toEqual(events.slice(3).map((e) => e.eventId));
  });

  it('goes live: events appended after it started are published', async () => {
    startRelay();
    await until(() => store.subscriptions === 1);
    const later = store.add('thing-a', 3);
    await until(() => checkpoints.position === later[2]!.position);
    expect(sentIds()).toEqual(later.map((e) => e.eventId));
  });

  it('keeps its place through Kafka failures: restarts from the checkpoint and loses nothing', async () => {
    const events = store.add('thing-a', 30);
    FakeProducer.failNext = 3;
    startRelay(10);

    await until(() => checkpoints.position === events[29]!.position);

    expect(relay.failures).toBe(3);
    expect(FakeProducer.connects).toBe(4);
    expect(new Set(sentIds())).toEqual(new Set(events.map((e) => e.eventId)));
    // The checkpoint never moved past an event that was not acknowledged.
    expect(checkpoints.saved.map(Number)).toEqual([...checkpoints.saved.map(Number)].sort((a, b) => a - b));
  });

  it('does not checkpoint a batch Kafka refused', async () => {
    store.add('thing-a', 5);
    FakeProducer.failNext = Number.MAX_SAFE_INTEGER;
    startRelay();
    await until(() => relay.failures >= 3);
    await relay.stop();
    expect(checkpoints.saved).toEqual([]);
  });

  it('stops cleanly while waiting for events', async () => {
    startRelay();
    await until(() => store.subscriptions === 1);
    await relay.stop();
    store.add('thing-a', 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(FakeProducer.sent).toEqual([]);
  });
});
