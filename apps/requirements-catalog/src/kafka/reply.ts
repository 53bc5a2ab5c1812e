import type { ServiceErrorReply } from '@compliance/contracts';
import type { CommandMetadata } from '@compliance/event-sourcing';
import type { KafkaContext } from '@nestjs/microservices';
import { commandMetadataFromHeaders } from './request-metadata';
import { toErrorReply } from './to-error-reply';

/** Runs one request with the metadata of its Kafka headers; failures become error replies, never thrown. */
export async function reply<T>(
  context: KafkaContext,
  work: (metadata: CommandMetadata) => Promise<T>,
): Promise<T | ServiceErrorReply> {
  try {
    return await work(commandMetadataFromHeaders(context.getMessage().headers, new Date()));
  } catch (error) {
    const errorReply = toErrorReply(error);
    if (errorReply.error.status >= 500) {
      console.error(
        `catalog: ${context.getTopic()} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return errorReply;
  }
}
