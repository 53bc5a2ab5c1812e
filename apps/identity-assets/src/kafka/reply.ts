import { serviceError, statusOfErrorCode, type ServiceErrorReply } from '@compliance/contracts';
import { createReplier, toErrorReply as sharedToErrorReply } from '@compliance/service-kafka';
import { FileRejectedError } from '../domain/file-errors';

function fileErrorReply(error: unknown): ServiceErrorReply | undefined {
  if (!(error instanceof FileRejectedError)) return undefined;
  return serviceError(error.code, statusOfErrorCode(error.code), error.message);
}

export const IDENTITY_REPLIES = { service: 'identity-assets', mapError: fileErrorReply } as const;

export const reply = createReplier(IDENTITY_REPLIES);

/** The same error mapping for the internal HTTP endpoint. */
export function toErrorReply(error: unknown): ServiceErrorReply {
  return sharedToErrorReply(error, IDENTITY_REPLIES);
}
