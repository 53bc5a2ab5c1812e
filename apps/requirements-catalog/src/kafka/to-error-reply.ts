import { serviceError, statusOfErrorCode, type ServiceErrorReply } from '@compliance/contracts';
import { toErrorReply as sharedToErrorReply } from '@compliance/service-kafka';
import { CatalogError } from '../domain/problems';

function catalogErrorReply(error: unknown): ServiceErrorReply | undefined {
  if (!(error instanceof CatalogError)) return undefined;
  const errors = error.errors.length > 0 ? error.errors.map((e) => ({ ...e })) : undefined;
  return serviceError(error.code, statusOfErrorCode(error.code), error.message, errors);
}

export const CATALOG_REPLIES = { service: 'catalog', mapError: catalogErrorReply } as const;

export function toErrorReply(error: unknown): ServiceErrorReply {
  return sharedToErrorReply(error, CATALOG_REPLIES);
}
