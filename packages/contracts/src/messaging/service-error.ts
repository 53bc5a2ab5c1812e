/** Stable error codes of API.md's catalogue. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BUNDLE_NOT_EDITABLE',
  'ASSET_LOCKED',
  'INVALID_STATUS_TRANSITION',
  'RETENTION_HOLD',
  'CONCURRENT_MODIFICATION',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'ACKNOWLEDGEMENT_REQUIRED',
  'EVALUATION_FAILED',
  'IDEMPOTENCY_KEY_REUSED',
  'RATE_LIMITED',
  'DEPENDENCY_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** What a service replies instead of a result when a request fails; the gateway renders it as RFC 9457. */
export interface ServiceErrorReply {
  error: {
    code: string;
    status: number;
    detail: string;
    errors?: FieldError[];
    /** Extra members of the problem document, e.g. `evaluation` of EVALUATION_FAILED. */
    extensions?: Record<string, unknown>;
  };
}

export function serviceError(
  code: string,
  status: number,
  detail: string,
  errors?: FieldError[],
  extensions?: Record<string, unknown>,
): ServiceErrorReply {
  return {
    error: {
      code,
      status,
      detail,
      ...(errors && { errors }),
      ...(extensions && { extensions }),
    },
  };
}

export function isServiceErrorReply(value: unknown): value is ServiceErrorReply {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { status?: unknown }).status === 'number'
  );
}

/** HTTP status of each code, so a service's error reply says how the gateway must answer. */
export const ERROR_STATUS: Readonly<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BUNDLE_NOT_EDITABLE: 409,
  ASSET_LOCKED: 409,
  INVALID_STATUS_TRANSITION: 409,
  RETENTION_HOLD: 409,
  CONCURRENT_MODIFICATION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ACKNOWLEDGEMENT_REQUIRED: 422,
  EVALUATION_FAILED: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  DEPENDENCY_UNAVAILABLE: 503,
};

export function statusOfErrorCode(code: string): number {
  return (ERROR_STATUS as Readonly<Record<string, number>>)[code] ?? 500;
}
