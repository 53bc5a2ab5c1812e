/** One problem with one input, in the `errors[]` item shape of API.md's problem details. */
export interface FieldProblem {
  /** Path of the offending input, e.g. `country` or `requirement.endUser.fields[2].pattern`. */
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...problems: FieldProblem[]): Result<T> => ({ ok: false, problems });

export type CatalogErrorCode = 'VALIDATION_FAILED' | 'NOT_FOUND';

/** A typed domain error with a stable API.md code; the service maps it to problem details. */
export class CatalogError extends Error {
  constructor(
    readonly code: CatalogErrorCode,
    message: string,
    readonly errors: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'CatalogError';
  }

  static validation(problems: readonly FieldProblem[]): CatalogError {
    const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
    return new CatalogError('VALIDATION_FAILED', `Invalid input: ${summary}`, problems);
  }

  static notFound(message: string, field?: string): CatalogError {
    return new CatalogError('NOT_FOUND', message, field ? [{ field, code: 'NOT_FOUND', message }] : []);
  }
}

/** Unwraps a result or throws the VALIDATION_FAILED error listing every problem. */
export function orThrow<T>(result: Result<T>): T {
  if (!result.ok) throw CatalogError.validation(result.problems);
  return result.value;
}
