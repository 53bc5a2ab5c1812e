import type { Consumer, Kafka } from 'kafkajs';
import { uniqueName } from '@compliance/testing';

export interface Collected {
  key: string;
  partition: number;
  eventId: string;
  streamId: string;
  revision: number;
  headers: Record<string, string>;
  value: Record<string, unknown>;
}

/** Reads a topic from the beginning with its own group and keeps every message, in arrival order. */
export class TopicCollector {
  readonly messages: Collected[] = [];
  private consumer: Consumer | null = null;

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
  ) {}

  async start(): Promise<void> {
    const consumer = this.kafka.consumer({ groupId: uniqueName('collector') });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topic: this.topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        const value = JSON.parse(message.value!.toString()) as Record<string, unknown>;
        const headers = Object.fromEntries(
          Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]),
        );
        this.messages.push({
          key: message.key!.toString(),
          partition,
          eventId: value.eventId as string,
          streamId: value.streamId as string,
          revision: value.revision as number,
          headers,
          value,
        });
      },
    });
  }

  eventIds(): Set<string> {
    return new Set(this.messages.map((m) => m.eventId));
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

/** Removes a test's topics from the shared broker. */
export async function deleteTopics(kafka: Kafka, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}
