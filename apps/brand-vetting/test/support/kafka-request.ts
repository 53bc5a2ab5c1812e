import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka, Producer } from 'kafkajs';
import { uniqueName } from '@compliance/testing';

/**
 * Sends requests the way NestJS ClientKafka does (correlation id and reply topic in headers) and waits for the
 * reply, so a test reaches the service's controllers through Kafka without a gateway.
 */
export class KafkaRequester {
  private producer: Producer | null = null;
  private consumer: Consumer | null = null;
  private readonly waiting = new Map<string, (value: unknown) => void>();

  constructor(
    private readonly kafka: Kafka,
    private readonly replyTopics: readonly string[],
  ) {}

  async start(): Promise<void> {
    this.producer = this.kafka.producer({ allowAutoTopicCreation: false });
    await this.producer.connect();
    const consumer = this.kafka.consumer({ groupId: uniqueName('brand-requester') });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.replyTopics], fromBeginning: false });
    let assigned = false;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      assigned = true;
    });
    await consumer.run({
      eachMessage: ({ message }) => {
        const id = message.headers?.kafka_correlationId?.toString();
        const resolve = id === undefined ? undefined : this.waiting.get(id);
        if (resolve && message.value) resolve(JSON.parse(message.value.toString()));
        return Promise.resolve();
      },
    });
    const deadline = Date.now() + 30_000;
    while (!assigned && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }

  async request(topic: string, payload: unknown, timeoutMs = 30_000): Promise<unknown> {
    const id = randomUUID();
    const reply = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no reply on ${topic} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiting.set(id, (value) => {
        clearTimeout(timer);
        resolve(value);
      });
    });
    await this.producer!.send({
      topic,
      messages: [
        {
          value: JSON.stringify(payload),
          headers: {
            kafka_correlationId: id,
            kafka_replyTopic: `${topic}.reply`,
            kafka_replyPartition: '0',
            'x-request-id': id,
            'x-correlation-id': id,
            'x-actor': 'staff_test_admin',
          },
        },
      ],
    });
    try {
      return await reply;
    } finally {
      this.waiting.delete(id);
    }
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
  }
}
