import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import {
  migrateEventStore,
  PostgresEventStore,
  type NewEvent,
  type RecordedEvent,
} from '@compliance/event-store';
import {
  createTestDatabase,
  eventually,
  TEST_KAFKA_BROKERS,
  testKafka,
  uniqueName,
  type TestDatabase,
} from '@compliance/testing';
import { ensureTopics, migrateMessaging } from '../src';
import { deleteTopics, TopicCollector } from './kafka-collector';
import { newEvent } from './fake-store';

const FIXTURE = path.join(__dirname, 'fixtures', 'relay-process.js');
const STREAMS = 20;
const PER_STREAM = 25;
const BATCH_SIZE = 10;

interface Progress {
  type: string;
  total?: number;
}

describe('EventRelay killed mid-stream (child process)', () => {
  const kafka = testKafka('relay-crash');
  const topic = uniqueName('relay-crash');
  const relayName = uniqueName('relay');
  let db: TestDatabase;
  let store: PostgresEventStore;
  let collector: TopicCollector;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('msg_relay_crash');
    await migrateEventStore(db.url);
    await migrateMessaging(db.url);
    store = new PostgresEventStore(db.pool);
    await ensureTopics(kafka, [{ topic, numPartitions: 3 }]);
    collector = new TopicCollector(kafka, topic);
    await collector.start();
  });

  afterAll(async () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await collector.stop();
    await deleteTopics(kafka, [topic]);
    await store.close();
    await db.drop();
  });

  function startRelay(onProgress: (progress: Progress) => void): ChildProcess {
    const child = fork(FIXTURE, [], {
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        KAFKA_BROKERS: TEST_KAFKA_BROKERS.join(','),
        TOPIC: topic,
        RELAY_NAME: relayName,
        PREFIXES: 'thing-',
        BATCH_SIZE: String(BATCH_SIZE),
        BATCH_DELAY_MS: '15',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.push(child);
    child.on('message', (message) => onProgress(message as Progress));
    return child;
  }

  function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (child.exitCode !== null || child.signalCode !== null)
      return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
    return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  it('resends from the checkpoint after SIGKILL: every event arrives, order per key holds', async () => {
    const expected: RecordedEvent[] = [];
    for (let round = 0; round < PER_STREAM; round += 1) {
      for (let s = 0; s < STREAMS; s += 1) {
        const events: NewEvent[] = [newEvent(`thing-${s}#${round}`)];
        await store.append(`thing-${s}`, events, round === 0 ? 'NO_STREAM' : round - 1);
      }
      await store.append('other-1', [newEvent('not mine')], 'ANY');
    }
    expected.push(...(await store.readAll({ filter: { streamPrefixes: ['thing-'] } })));
    expect(expected).toHaveLength(STREAMS * PER_STREAM);

    // First run: killed once it has published a good part, but not all.
    let publishedBeforeKill = 0;
    let killing = false;
    const first = startRelay((progress) => {
      if (progress.type !== 'published') return;
      publishedBeforeKill = progress.total ?? 0;
      // At a random moment of the following batch: mid-send, between ack and checkpoint, or idle.
      if (publishedBeforeKill >= 150 && !killing) {
        killing = true;
        setTimeout(() => first.kill('SIGKILL'), Math.random() * 20);
      }
    });
    const firstExit = await exited(first);
    expect(firstExit.signal).toBe('SIGKILL');
    expect(publishedBeforeKill).toBeGreaterThanOrEqual(150);
    expect(publishedBeforeKill).toBeLessThan(expected.length);

    // Second run: picks up from the checkpoint and finishes.
    const lastPosition = expected.at(-1)!.position;
    const second = startRelay(() => undefined);
    await eventually(
      async () => {
        const row = await db.pool.query<{ position: string }>(
          'SELECT position FROM messaging.relay_checkpoints WHERE name = $1',
          [relayName],
        );
        return row.rows[0]?.position === lastPosition ? true : undefined;
      },
      { timeoutMs: 60000 },
    );
    await eventually(() => (expected.every((e) => collector.eventIds().has(e.eventId)) ? true : undefined), {
      timeoutMs: 30000,
    });

    second.kill('SIGTERM');
    expect(await exited(second)).toEqual({ code: 0, signal: null });

    const received = collector.messages;
    expect(received.filter((m) => !m.streamId.startsWith('thing-'))).toEqual([]);
    const duplicates = received.length - collector.eventIds().size;
    // Only the batch acknowledged but not yet checkpointed when the process died may come again.
    expect(duplicates).toBeLessThanOrEqual(BATCH_SIZE);
    console.log(
      `relay crash test: ${expected.length} events, ${publishedBeforeKill} published before SIGKILL, ${duplicates} duplicates`,
    );

    for (let s = 0; s < STREAMS; s += 1) {
      const forKey = received.filter((m) => m.key === String(s));
      expect(new Set(forKey.map((m) => m.partition)).size).toBe(1);
      const firstSeen: number[] = [];
      for (const message of forKey)
        if (!firstSeen.includes(message.revision)) firstSeen.push(message.revision);
      expect(firstSeen).toEqual(Array.from({ length: PER_STREAM }, (_, i) => i));
      // A resend starts again from an earlier revision and then runs forward: never out of order otherwise.
      for (let i = 1; i < forKey.length; i += 1) {
        const previous = forKey[i - 1]!.revision;
        const current = forKey[i]!.revision;
        if (current <= previous) expect(previous - current).toBeLessThan(BATCH_SIZE);
      }
    }
  });
});
