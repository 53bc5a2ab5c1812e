import type { FieldError } from './api-problem';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const PROBLEM_TYPE_BASE = 'https://docs.compliance.example/problems/';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors: FieldError[];
  requestId?: string;
  [extension: string]: unknown;
}

const TITLES: Readonly<Record<string, string>> = {
  VALIDATION_FAILED: 'Validation failed',
  UNAUTHENTICATED: 'Unauthenticated',
  FORBIDDEN: 'Forbidden',
  NOT_FOUND: 'Not found',
  BUNDLE_NOT_EDITABLE: 'Bundle not editable',
  ASSET_LOCKED: 'Asset locked',
  INVALID_STATUS_TRANSITION: 'Invalid status transition',
  RETENTION_HOLD: 'Retention hold',
  CONCURRENT_MODIFICATION: 'Concurrent modification',
  PAYLOAD_TOO_LARGE: 'Payload too large',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  ACKNOWLEDGEMENT_REQUIRED: 'Acknowledgement required',
  EVALUATION_FAILED: 'Evaluation failed',
  IDEMPOTENCY_KEY_REUSED: 'Idempotency key reused',
  RATE_LIMITED: 'Rate limited',
  DEPENDENCY_UNAVAILABLE: 'Dependency unavailable',
  INTERNAL_ERROR: 'Internal error',
  METHOD_NOT_ALLOWED: 'Method not allowed',
};

export function problemTitle(code: string): string {
  return (
    TITLES[code] ??
    code
      .toLowerCase()
      .split('_')
      .map((word, index) => (index === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word))
      .join(' ')
  );
}

export function problemDocument(
  status: number,
  code: string,
  detail: string,
  errors: FieldError[] = [],
  extensions: Readonly<Record<string, unknown>> = {},
): ProblemDocument {
  return {
    ...extensions,
    type: `${PROBLEM_TYPE_BASE}${code.toLowerCase().replace(/_/g, '-')}`,
    title: problemTitle(code),
    status,
    detail,
    code,
    errors,
  };
}
