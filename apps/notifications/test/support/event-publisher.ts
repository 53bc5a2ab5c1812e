import { randomUUID } from 'node:crypto';
import type { AccountCreatedV1, BundleIntegrationEvent } from '@compliance/contracts';
import type { RecordedEvent } from '@compliance/event-store';
import { ACKS_ALL, createIdempotentProducer, toKafkaMessage } from '@compliance/messaging';
import { testKafka } from '@compliance/testing';
import type { Producer } from 'kafkajs';

/**
 * Publishes contract-shaped events the way the owners' relays do (store envelope, key = aggregate id), so the
 * service under test cannot tell them from bundle-lifecycle's and accounts' own.
 */
export class EventPublisher {
  private readonly revisions = new Map<string, number>();
  private position = 0;

  private constructor(private readonly producer: Producer) {}

  static async connect(): Promise<EventPublisher> {
    const producer = createIdempotentProducer(testKafka('notifications-test'));
    await producer.connect();
    return new EventPublisher(producer);
  }

  async accountCreated(topic: string, accountId: string, webhookSigningSecret: string): Promise<string> {
    const data: AccountCreatedV1 = {
      accountId,
      name: 'Test Ltd',
      webhookSigningSecret,
      commandId: randomUUID(),
      createdAt: new Date().toISOString(),
    };
    return this.publish(topic, `account-${accountId}`, { type: 'AccountCreated', data }, accountId);
  }

  /** The next revision of the bundle's stream; `eventId` may be given to publish a redelivery. */
  async bundleEvent(topic: string, event: BundleIntegrationEvent, eventId?: string): Promise<string> {
    return this.publish(topic, `bundle-${event.data.bundleId}`, event, event.data.accountId, eventId);
  }

  async close(): Promise<void> {
    await this.producer.disconnect();
  }

  private async publish(
    topic: string,
    streamId: string,
    event: { type: string; data: unknown },
    accountId: string,
    eventId: string = randomUUID(),
  ): Promise<string> {
    const revision = (this.revisions.get(streamId) ?? -1) + 1;
    this.revisions.set(streamId, revision);
    this.position += 1;
    const recorded: RecordedEvent = {
      eventId,
      type: event.type,
      data: event.data,
      metadata: {
        accountId,
        actor: 'test',
        correlationId: randomUUID(),
        causationId: null,
        occurredAt: new Date().toISOString(),
        schemaVersion: 1,
      },
      streamId,
      revision,
      position: String(this.position),
    };
    await this.producer.send({ topic, acks: ACKS_ALL, messages: [toKafkaMessage(recorded)] });
    return eventId;
  }
}
