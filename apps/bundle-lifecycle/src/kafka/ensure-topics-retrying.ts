import { ensureTopics, type TopicSpec } from '@compliance/messaging';
import type { Kafka } from 'kafkajs';

/**
 * `ensureTopics`, tried again when the broker has not yet propagated a topic it just created (KafkaJS answers
 * "This server does not host this topic-partition" from the metadata check right after a large createTopics).
 */
export async function ensureTopicsRetrying(
  kafka: Kafka,
  topics: readonly TopicSpec[],
  attempts = 6,
): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await ensureTopics(kafka, topics);
      return;
    } catch (error) {
      const retriable = (error as { retriable?: unknown } | null)?.retriable === true;
      if (!retriable || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}
