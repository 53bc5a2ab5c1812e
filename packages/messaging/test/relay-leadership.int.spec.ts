import { migrateEventStore, PostgresEventStore } from '@compliance/event-store';
import {
  createTestDatabase,
  eventually,
  testKafka,
  uniqueName,
  type TestDatabase,
} from '@compliance/testing';
import {
  createEventRelay,
  ensureTopics,
  migrateMessaging,
  type EventRelay,
  type MessagingLogger,
} from '../src';
import { deleteTopics, TopicCollector } from './kafka-collector';
import { newEvent } from './fake-store';

const quiet: MessagingLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };

describe('EventRelay leadership: one publishing instance per relay name', () => {
  const kafka = testKafka('relay-leadership');
  const topic = uniqueName('relay-leadership');
  let db: TestDatabase;
  let store: PostgresEventStore;
  let collector: TopicCollector;
  const relays: EventRelay[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('msg_relay_leadership');
    await migrateEventStore(db.url);
    await migrateMessaging(db.url);
    store = new PostgresEventStore(db.pool, { pollIntervalMs: 100 });
    await ensureTopics(kafka, [{ topic, numPartitions: 2 }]);
    collector = new TopicCollector(kafka, topic);
    await collector.start();
  });

  afterAll(async () => {
    for (const relay of relays) await relay.stop();
    await collector.stop();
    await deleteTopics(kafka, [topic]);
    await store.close();
    await db.drop();
  });

  function startInstance(): EventRelay {
    const relay = createEventRelay({
      kafka,
      pool: db.pool,
      store,
      name: 'leadership.relay',
      topic,
      streamPrefixes: ['thing-'],
      logger: quiet,
      standbyPollMs: 100,
    });
    relays.push(relay);
    relay.start();
    return relay;
  }

  async function appendEvents(stream: string, count: number): Promise<string[]> {
    const events = Array.from({ length: count }, (_, i) => newEvent(`${stream} ${i}`));
    await store.append(stream, events, 'NO_STREAM');
    return events.map((event) => event.eventId);
  }

  it('publishes each event once with two instances running, and the standby takes over when the leader stops', async () => {
    const first = startInstance();
    const second = startInstance();
    const before = await appendEvents('thing-a', 50);
    await eventually(() => (before.every((id) => collector.eventIds().has(id)) ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 500)); // time for a second publisher to show up, if any

    expect([first.leading, second.leading].filter(Boolean)).toHaveLength(1);
    expect(first.published + second.published).toBe(before.length);
    expect(collector.messages).toHaveLength(before.length);

    const [leader, standby] = first.leading ? [first, second] : [second, first];
    await leader.stop();
    const after = await appendEvents('thing-b', 30);
    await eventually(() => (after.every((id) => collector.eventIds().has(id)) ? true : undefined));
    expect(standby.leading).toBe(true);
    expect(standby.published).toBe(after.length);
    expect(collector.messages).toHaveLength(before.length + after.length);
  });
});
