import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';

export const TEST_KAFKA_BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

/** A Kafka client for tests against the real broker `npm test` starts. */
export function testKafka(clientId = 'test'): Kafka {
  return new Kafka({ clientId, brokers: TEST_KAFKA_BROKERS, logLevel: logLevel.NOTHING });
}

/** A name no other test run uses, for topics and consumer groups. */
export function uniqueName(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}.${randomBytes(3).toString('hex')}`;
}
