import { migrateEventStore, PostgresEventStore } from '@compliance/event-store';
import { createTestDatabase, DedicatedKafka, eventually, type TestDatabase } from '@compliance/testing';
import { logLevel } from 'kafkajs';
import {
  createEventRelay,
  createKafka,
  ensureTopics,
  migrateMessaging,
  type EventRelay,
  type MessagingLogger,
} from '../src';
import { TopicCollector } from './kafka-collector';
import { newEvent } from './fake-store';

const quiet: MessagingLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };
const TOPIC = 'outage.events';
const STREAMS = 10;

/** Appends one event to each of the streams and returns their ids. */
async function appendRound(store: PostgresEventStore, round: number): Promise<string[]> {
  const ids: string[] = [];
  for (let s = 0; s < STREAMS; s += 1) {
    const event = newEvent(`round ${round}`);
    await store.append(`thing-t${s}`, [event], round === 0 ? 'NO_STREAM' : round - 1);
    ids.push(event.eventId);
  }
  return ids;
}

describe('EventRelay through a Kafka outage (a dedicated broker is stopped and restarted)', () => {
  let broker: DedicatedKafka;
  let db: TestDatabase;
  let store: PostgresEventStore;
  let relay: EventRelay;

  beforeAll(async () => {
    broker = await DedicatedKafka.create();
    await broker.start();
    db = await createTestDatabase('msg_relay_outage');
    await migrateEventStore(db.url);
    await migrateMessaging(db.url);
    store = new PostgresEventStore(db.pool, { pollIntervalMs: 100 });
  }, 180_000);

  afterAll(async () => {
    await relay?.stop();
    await store?.close();
    await db?.drop();
    await broker?.destroy();
  }, 120_000);

  it('publishes every event appended before, during and after the outage, in order per stream', async () => {
    const kafka = createKafka({ clientId: 'outage', brokers: broker.brokers, logLevel: logLevel.NOTHING });
    await ensureTopics(kafka, [{ topic: TOPIC, numPartitions: 3 }]);
    relay = createEventRelay({
      kafka,
      pool: db.pool,
      store,
      name: 'outage.relay',
      topic: TOPIC,
      streamPrefixes: ['thing-'],
      logger: quiet,
      backoff: { initialDelayMs: 100, maxDelayMs: 1000 },
    });
    relay.start();

    const before = await appendRound(store, 0);
    await eventually(() => (relay.published >= before.length ? true : undefined), { timeoutMs: 30_000 });

    await broker.stop();
    const during = [...(await appendRound(store, 1)), ...(await appendRound(store, 2))];
    await new Promise((resolve) => setTimeout(resolve, 2000)); // the relay tries, fails and backs off meanwhile
    expect(relay.published).toBe(before.length);

    await broker.start();
    const after = await appendRound(store, 3);
    const expected = [...before, ...during, ...after];
    await eventually(() => (relay.published >= expected.length ? true : undefined), { timeoutMs: 90_000 });

    const collector = new TopicCollector(
      createKafka({ clientId: 'outage-check', brokers: broker.brokers, logLevel: logLevel.NOTHING }),
      TOPIC,
    );
    await collector.start();
    try {
      await eventually(() => (expected.every((id) => collector.eventIds().has(id)) ? true : undefined), {
        timeoutMs: 60_000,
      });
      for (let s = 0; s < STREAMS; s += 1) {
        const revisions = collector.messages
          .filter((m) => m.streamId === `thing-t${s}`)
          .map((m) => m.revision);
        const firstSeen = revisions.filter((revision, index) => revisions.indexOf(revision) === index);
        expect(firstSeen).toEqual([0, 1, 2, 3]);
      }
    } finally {
      await collector.stop();
    }
  }, 240_000);
});
