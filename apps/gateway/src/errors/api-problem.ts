export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/**
 * An answer of the public API other than success: rendered by the global filter as RFC 9457
 * `application/problem+json` with the stable `code` of API.md.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors?: FieldError[],
    /** Extra response headers, e.g. `Retry-After` or `WWW-Authenticate`. */
    readonly headers: Readonly<Record<string, string>> = {},
    /** Extra members of the problem document (e.g. the failed evaluation of EVALUATION_FAILED). */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(detail);
    this.name = 'ApiProblem';
  }
}
