import { serviceError, statusOfErrorCode, type ServiceErrorReply } from '@compliance/contracts';
import { isDomainError } from '@compliance/event-sourcing';
import { createReplier } from '@compliance/service-kafka';

/** EVALUATION_FAILED carries the failed evaluation in the problem document (API.md). */
function withEvaluation(error: unknown): ServiceErrorReply | undefined {
  if (!isDomainError(error) || error.code !== 'EVALUATION_FAILED') return undefined;
  const errors = error.errors.length > 0 ? [...error.errors] : undefined;
  return serviceError(error.code, statusOfErrorCode(error.code), error.message, errors, {
    evaluation: error.details.evaluation,
  });
}

export const BUNDLE_REPLIES = { service: 'bundle-lifecycle', mapError: withEvaluation } as const;

export const reply = createReplier(BUNDLE_REPLIES);
