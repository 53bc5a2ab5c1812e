import { serviceError, statusOfErrorCode, type ServiceErrorReply } from '@compliance/contracts';
import { isDomainError } from '@compliance/event-sourcing';
import { CatalogError } from '../domain/problems';

/** Domain errors become error replies with their stable code; anything else is an internal error without details. */
export function toErrorReply(error: unknown): ServiceErrorReply {
  if (error instanceof CatalogError) {
    const errors = error.errors.length > 0 ? error.errors.map((e) => ({ ...e })) : undefined;
    return serviceError(error.code, statusOfErrorCode(error.code), error.message, errors);
  }
  if (isDomainError(error)) {
    const errors = error.errors.length > 0 ? [...error.errors] : undefined;
    return serviceError(error.code, statusOfErrorCode(error.code), error.message, errors);
  }
  return serviceError('INTERNAL', 500, 'the catalog service failed to handle the request');
}
