import type { IHeaders, KafkaMessage, Message } from 'kafkajs';
import type { RecordedEvent } from '@compliance/event-store';

/** Kafka headers of every integration event (README.md). */
export const EVENT_HEADERS = {
  eventId: 'x-event-id',
  eventType: 'x-event-type',
  correlationId: 'x-correlation-id',
  causationId: 'x-causation-id',
  accountId: 'x-account-id',
  schemaVersion: 'x-schema-version',
} as const;

/** Stream `<category>-<id>` → `<id>`: the Kafka key, so order per aggregate holds. */
export function aggregateIdOf(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash < 0 ? streamId : streamId.slice(dash + 1);
}

/** The store envelope as a Kafka message: key = aggregate id, value = the envelope as JSON. */
export function toKafkaMessage(event: RecordedEvent): Message {
  const envelope: RecordedEvent = {
    eventId: event.eventId,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
    streamId: event.streamId,
    revision: event.revision,
    position: event.position,
  };
  const headers: IHeaders = {
    [EVENT_HEADERS.eventId]: event.eventId,
    [EVENT_HEADERS.eventType]: event.type,
    [EVENT_HEADERS.correlationId]: event.metadata.correlationId,
    [EVENT_HEADERS.schemaVersion]: String(event.metadata.schemaVersion),
  };
  if (event.metadata.causationId !== null) headers[EVENT_HEADERS.causationId] = event.metadata.causationId;
  if (event.metadata.accountId !== null) headers[EVENT_HEADERS.accountId] = event.metadata.accountId;
  return { key: aggregateIdOf(event.streamId), value: JSON.stringify(envelope), headers };
}

export class InvalidEventMessageError extends Error {
  constructor(reason: string) {
    super(`not an event envelope: ${reason}`);
    this.name = 'InvalidEventMessageError';
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Parses and checks the envelope of a received message; throws InvalidEventMessageError when it is not one. */
export function parseEventMessage(message: Pick<KafkaMessage, 'value'>): RecordedEvent {
  if (!message.value) throw new InvalidEventMessageError('empty value');
  let parsed: unknown;
  try {
    parsed = JSON.parse(message.value.toString('utf8'));
  } catch {
    throw new InvalidEventMessageError('value is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null)
    throw new InvalidEventMessageError('value is not an object');
  const envelope = parsed as Partial<Record<keyof RecordedEvent, unknown>>;
  if (typeof envelope.eventId !== 'string' || !UUID.test(envelope.eventId))
    throw new InvalidEventMessageError('eventId is not a UUID');
  if (typeof envelope.type !== 'string') throw new InvalidEventMessageError('type is missing');
  if (typeof envelope.streamId !== 'string') throw new InvalidEventMessageError('streamId is missing');
  if (typeof envelope.revision !== 'number') throw new InvalidEventMessageError('revision is missing');
  if (typeof envelope.position !== 'string') throw new InvalidEventMessageError('position is missing');
  const metadata = envelope.metadata as Partial<RecordedEvent['metadata']> | undefined;
  if (typeof metadata !== 'object' || metadata === null || typeof metadata.schemaVersion !== 'number') {
    throw new InvalidEventMessageError('metadata.schemaVersion is missing');
  }
  return parsed as RecordedEvent;
}

/** The event id of a message, from its header (no JSON parsing), if present. */
export function eventIdHeader(message: Pick<KafkaMessage, 'headers'>): string | undefined {
  const value = message.headers?.[EVENT_HEADERS.eventId];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}
