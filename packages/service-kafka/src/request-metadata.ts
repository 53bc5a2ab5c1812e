import { randomUUID } from 'node:crypto';
import { fromKafkaHeaders } from '@compliance/contracts';
import type { CommandMetadata } from '@compliance/event-sourcing';

type RawHeaders = Parameters<typeof fromKafkaHeaders>[0];

/** Command metadata from the request's Kafka headers: correlation as sent, causation = the gateway's request id. */
export function commandMetadataFromHeaders(headers: RawHeaders, now: Date): CommandMetadata {
  const context = fromKafkaHeaders(headers);
  return {
    now,
    actor: context.actor ?? 'unknown',
    accountId: context.accountId ?? null,
    correlationId: context.correlationId ?? context.requestId ?? randomUUID(),
    causationId: context.requestId ?? null,
  };
}
