import {
  DomainError,
  InvalidStatusTransitionError,
  NotFoundError,
  ValidationError,
} from '@compliance/event-sourcing';
import type { BundleStatus } from './bundle.events';
import type { Evaluation } from './evaluation/evaluation.types';

export function bundleNotFound(bundleId: string): NotFoundError {
  return new NotFoundError('bundle', bundleId);
}

export function notEditable(status: BundleStatus): DomainError {
  return new DomainError(
    'BUNDLE_NOT_EDITABLE',
    `Items can only change while the bundle is DRAFT or REJECTED; it is ${status}. Create a copy to change an approved bundle.`,
    { status },
  );
}

export function invalidTransition(from: BundleStatus, to: string, hint: string): DomainError {
  const error = new InvalidStatusTransitionError(from, to);
  return new DomainError('INVALID_STATUS_TRANSITION', `Cannot go from ${from} to ${to}: ${hint}`, {
    ...error.details,
  });
}

export function acknowledgementRequired(): DomainError {
  return new DomainError(
    'ACKNOWLEDGEMENT_REQUIRED',
    'Submitting needs acknowledgements.allDetailsAccurate = true: confirm that every detail in the bundle is accurate.',
  );
}

export function evaluationFailed(evaluation: Evaluation): DomainError {
  const failed = evaluation.results.filter((result) => !result.passed).length;
  return new DomainError(
    'EVALUATION_FAILED',
    `The bundle does not meet ${failed} requirement(s) of regulation ${evaluation.regulationId} version ${evaluation.regulationVersion}; fix what the evaluation lists and submit again.`,
    { evaluation },
  );
}

export function retentionHold(detail: string): DomainError {
  return new DomainError('RETENTION_HOLD', detail);
}

export function invalidField(field: string, code: string, message: string): ValidationError {
  return new ValidationError([{ field, code, message }], message);
}
