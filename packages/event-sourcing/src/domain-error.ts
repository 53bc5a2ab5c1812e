/** The stable error codes of API.md that a domain can raise (the gateway maps them to HTTP). */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BUNDLE_NOT_EDITABLE'
  | 'ASSET_LOCKED'
  | 'INVALID_STATUS_TRANSITION'
  | 'RETENTION_HOLD'
  | 'CONCURRENT_MODIFICATION'
  | 'ACKNOWLEDGEMENT_REQUIRED'
  | 'EVALUATION_FAILED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'DEPENDENCY_UNAVAILABLE';

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** A broken invariant. Carries no HTTP: the code is what callers and the gateway rely on. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra body for the problem details, e.g. the evaluation of EVALUATION_FAILED. */
    readonly details: Readonly<Record<string, unknown>> = {},
    readonly errors: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** Serializable form, for request-reply across services. */
  toJSON(): {
    name: string;
    code: ErrorCode;
    message: string;
    details: Readonly<Record<string, unknown>>;
    errors: readonly FieldError[];
  } {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      details: this.details,
      errors: this.errors,
    };
  }
}

export class NotFoundError extends DomainError {
  constructor(resource: string, id: string) {
    super('NOT_FOUND', `${resource} ${id} not found`, { resource, id });
  }
}

export class InvalidStatusTransitionError extends DomainError {
  constructor(from: string, to: string) {
    super('INVALID_STATUS_TRANSITION', `cannot go from ${from} to ${to}`, { from, to });
  }
}

export class ValidationError extends DomainError {
  constructor(errors: readonly FieldError[], message = 'validation failed') {
    super('VALIDATION_FAILED', message, {}, errors);
  }
}

/** The stream kept changing under us: every retry of the command lost the race. */
export class ConcurrentModificationError extends DomainError {
  constructor(
    readonly streamId: string,
    readonly attempts: number,
  ) {
    super('CONCURRENT_MODIFICATION', `stream ${streamId} was modified concurrently (${attempts} attempts)`, {
      streamId,
    });
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
