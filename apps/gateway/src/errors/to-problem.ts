import { HttpException } from '@nestjs/common';
import { ApiProblem } from './api-problem';
import { problemDocument, type ProblemDocument } from './problem-document';

export interface ProblemResponse {
  status: number;
  body: ProblemDocument;
  headers: Record<string, string>;
  /** True for failures the client did not cause (logged with their stack). */
  unexpected: boolean;
}

export const DEPENDENCY_RETRY_AFTER_SECONDS = 5;

const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONCURRENT_MODIFICATION',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'DEPENDENCY_UNAVAILABLE',
};

/** Fastify's own request errors (body parsing happens before any NestJS code runs). */
const FASTIFY_ERRORS: Readonly<Record<string, { status: number; code: string; detail: string }>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    detail: 'The request body exceeds 1 MiB.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: 'Send the request body as JSON with Content-Type: application/json.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'VALIDATION_FAILED',
    detail: 'The request body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'VALIDATION_FAILED',
    detail: 'The request body is empty.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'VALIDATION_FAILED',
    detail: 'The Content-Length header does not match the body.',
  },
};

const PG_UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
]);

/** PostgreSQL or Kafka did not answer: the request wrote nothing and may be retried. */
export function isDependencyFailure(error: unknown): boolean {
  // Duck-typed, not `instanceof Error`: errors from Node's core may come from another realm (jest, vm).
  if (typeof error !== 'object' || error === null) return false;
  const { name, code, message } = error as { name?: unknown; code?: unknown; message?: unknown };
  if (typeof name === 'string' && name.startsWith('KafkaJS')) return true;
  if (typeof code === 'string' && (PG_UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  return (
    typeof message === 'string' &&
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
      message,
    )
  );
}

function fromHttpException(error: HttpException): ProblemResponse {
  const status = error.getStatus();
  const response = error.getResponse();
  const given = typeof response === 'string' ? response : (response as { message?: unknown }).message;
  const message =
    typeof given === 'string'
      ? given
      : Array.isArray(given)
        ? given.map((item) => String(item)).join('; ')
        : error.message;
  const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED');
  const detail = status === 404 ? 'No such resource or route.' : message;
  return { status, body: problemDocument(status, code, detail), headers: {}, unexpected: status >= 500 };
}

export function toProblem(error: unknown): ProblemResponse {
  if (error instanceof ApiProblem) {
    return {
      status: error.status,
      body: problemDocument(error.status, error.code, error.detail, error.errors ?? [], error.extensions),
      headers: { ...error.headers },
      unexpected: error.status >= 500 && error.code !== 'DEPENDENCY_UNAVAILABLE',
    };
  }
  if (error instanceof HttpException) return fromHttpException(error);
  const fastifyCode = (error as { code?: unknown } | null)?.code;
  if (typeof fastifyCode === 'string') {
    const known = FASTIFY_ERRORS[fastifyCode];
    if (known)
      return {
        status: known.status,
        body: problemDocument(known.status, known.code, known.detail),
        headers: {},
        unexpected: false,
      };
  }
  if (error instanceof SyntaxError) {
    return {
      status: 400,
      body: problemDocument(400, 'VALIDATION_FAILED', 'The request body is not valid JSON.'),
      headers: {},
      unexpected: false,
    };
  }
  if (isDependencyFailure(error)) {
    return {
      status: 503,
      body: problemDocument(
        503,
        'DEPENDENCY_UNAVAILABLE',
        'A backing service did not answer; nothing was written. Retry later.',
      ),
      headers: { 'Retry-After': String(DEPENDENCY_RETRY_AFTER_SECONDS) },
      unexpected: false,
    };
  }
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    const code = CODE_BY_STATUS[statusCode] ?? 'VALIDATION_FAILED';
    const detail = error instanceof Error ? error.message : 'The request was rejected.';
    return {
      status: statusCode,
      body: problemDocument(statusCode, code, detail),
      headers: {},
      unexpected: false,
    };
  }
  return {
    status: 500,
    body: problemDocument(
      500,
      'INTERNAL_ERROR',
      'An unexpected error occurred; it has been logged with the request id.',
    ),
    headers: {},
    unexpected: true,
  };
}
