import { serviceError, statusOfErrorCode, type ServiceErrorReply } from '@compliance/contracts';
import { isDomainError, type CommandMetadata } from '@compliance/event-sourcing';
import type { KafkaContext } from '@nestjs/microservices';
import { commandMetadataFromHeaders } from './request-metadata';

export interface ReplierOptions {
  /** Names the service in logs and in the detail of an internal error. */
  service: string;
  /** A service's own error types, mapped before the shared DomainError mapping; undefined to pass. */
  mapError?: (error: unknown) => ServiceErrorReply | undefined;
}

export type Replier = <T>(
  context: KafkaContext,
  work: (metadata: CommandMetadata) => Promise<T>,
) => Promise<T | ServiceErrorReply>;

/** Domain errors become error replies with their stable code; anything else is an internal error without details. */
export function toErrorReply(error: unknown, { service, mapError }: ReplierOptions): ServiceErrorReply {
  const mapped = mapError?.(error);
  if (mapped) return mapped;
  if (isDomainError(error)) {
    const errors = error.errors.length > 0 ? [...error.errors] : undefined;
    return serviceError(error.code, statusOfErrorCode(error.code), error.message, errors);
  }
  return serviceError('INTERNAL', 500, `the ${service} service failed to handle the request`);
}

/** Runs one request with the metadata of its Kafka headers; failures become error replies, never thrown. */
export function createReplier(options: ReplierOptions): Replier {
  return async (context, work) => {
    try {
      return await work(commandMetadataFromHeaders(context.getMessage().headers, new Date()));
    } catch (error) {
      const errorReply = toErrorReply(error, options);
      if (errorReply.error.status >= 500) {
        console.error(
          `${options.service}: ${context.getTopic()} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return errorReply;
    }
  };
}
