import { serviceError, type ServiceErrorReply } from '@compliance/contracts';
import { createReplier } from '@compliance/service-kafka';
import { RegistryError } from '../domain/brand.errors';

function registryErrorReply(error: unknown): ServiceErrorReply | undefined {
  if (!(error instanceof RegistryError)) return undefined;
  return serviceError(
    error.code,
    400,
    error.message,
    error.errors.length > 0 ? [...error.errors] : undefined,
  );
}

export const BRAND_VETTING_REPLIES = { service: 'brand-vetting', mapError: registryErrorReply } as const;

export const reply = createReplier(BRAND_VETTING_REPLIES);
