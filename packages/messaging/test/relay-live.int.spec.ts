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

const quiet: MessagingLogger = {
  log: () => undefined,
  warn: () => undefined,
  error: (m) => console.error(m),
};

describe('EventRelay started before any event exists', () => {
  const kafka = testKafka('relay-live');
  const topic = uniqueName('relay-live');
  let db: TestDatabase;
  let store: PostgresEventStore;
  let relay: EventRelay;
  let collector: TopicCollector;

  beforeAll(async () => {
    db = await createTestDatabase('msg_relay_live');
    await migrateEventStore(db.url);
    await migrateMessaging(db.url);
    store = new PostgresEventStore(db.pool, { pollIntervalMs: 100 });
    await ensureTopics(kafka, [{ topic, numPartitions: 2 }]);
    // Twice: creating a topic that exists is not an error.
    await ensureTopics(kafka, [{ topic, numPartitions: 2 }]);
    collector = new TopicCollector(kafka, topic);
    await collector.start();
    relay = createEventRelay({
      kafka,
      pool: db.pool,
      store,
      name: 'live.relay',
      topic,
      streamPrefixes: ['bundle-'],
      logger: quiet,
    });
    relay.start();
  });

  afterAll(async () => {
    await relay.stop();
    await collector.stop();
    await deleteTopics(kafka, [topic]);
    await store.close();
    await db.drop();
  });

  it('goes live: events appended later arrive with key, envelope and headers', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300)); // the relay is now idle at the end of an empty store
    const opened = {
      ...newEvent('opened'),
      metadata: {
        ...newEvent('x').metadata,
        accountId: 'acc_7',
        causationId: 'req_7',
        correlationId: 'corr_7',
        schemaVersion: 3,
      },
    };
    await store.append('bundle-bun_42', [opened], 'NO_STREAM');
    await store.append('identity-eu_1', [newEvent('someone else')], 'NO_STREAM');
    const later = newEvent('later');
    await store.append('bundle-bun_42', [later], 0);

    await eventually(() => (collector.eventIds().has(later.eventId) ? true : undefined), {
      timeoutMs: 20000,
    });

    expect(collector.messages.map((m) => m.eventId)).toEqual([opened.eventId, later.eventId]);
    const [first] = collector.messages;
    expect(first!.key).toBe('bun_42');
    expect(first!.headers).toEqual({
      'x-event-id': opened.eventId,
      'x-event-type': 'ThingHappened',
      'x-correlation-id': 'corr_7',
      'x-causation-id': 'req_7',
      'x-account-id': 'acc_7',
      'x-schema-version': '3',
    });
    const [stored] = await store.readStream('bundle-bun_42');
    expect(first!.value).toEqual(JSON.parse(JSON.stringify(stored)));
    const lastPosition = (await store.readStream('bundle-bun_42')).at(-1)!.position;
    await eventually(async () => {
      const checkpoint = await db.pool.query<{ position: string }>(
        "SELECT position FROM messaging.relay_checkpoints WHERE name = 'live.relay'",
      );
      return checkpoint.rows[0]?.position === lastPosition ? true : undefined;
    });
  });
});
