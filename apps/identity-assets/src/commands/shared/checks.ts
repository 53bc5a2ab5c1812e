import { ID_PREFIX, isId, type CatalogField, type IdPrefix } from '@compliance/contracts';
import { DomainError, ValidationError, type FieldError } from '@compliance/event-sourcing';
import { checkFieldValues } from '@compliance/field-rules';

/** Ids come from the gateway, which checked them; a malformed one here is a caller bug or a probe: 404 like unknown. */
export function requireId(prefix: IdPrefix, value: unknown, what: string): string {
  if (typeof value !== 'string' || !isId(prefix, value)) {
    throw new DomainError('NOT_FOUND', `${what} ${String(value).slice(0, 64)} not found`);
  }
  return value;
}

export function requireAccountId(value: unknown): string {
  return requireId(ID_PREFIX.account, value, 'account');
}

/** Values as given, checked against the catalog spec (required-ness is the evaluation's job), named `fields.<name>`. */
export function fieldProblems(
  spec: readonly CatalogField[],
  values: unknown,
  prefix = 'fields',
): FieldError[] {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    return [
      { field: prefix, code: 'WRONG_TYPE', message: `${prefix} must be an object of field name → value.` },
    ];
  }
  return checkFieldValues(spec, values as Record<string, unknown>, { requireAll: false }).map((problem) => ({
    field: `${prefix}.${problem.field}`,
    code: problem.code,
    message: problem.message,
  }));
}

/** The given values that are set, as text (checkFieldValues has made sure they are text). */
export function presentValues(values: Readonly<Record<string, unknown>>): Record<string, string> {
  const present: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' && value.trim() !== '') present[name] = value;
  }
  return present;
}

export function throwIfProblems(problems: readonly FieldError[]): void {
  if (problems.length > 0) {
    throw new ValidationError(
      problems,
      problems.length === 1 ? '1 field is invalid.' : `${problems.length} fields are invalid.`,
    );
  }
}

/** Text the customer gave: trimmed; null/undefined → null. */
export function optionalText(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** An update merged onto content read at one version loses to a concurrent one: start again (a few times). */
export async function retryOnStale<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const stale = error instanceof DomainError && error.code === 'CONCURRENT_MODIFICATION';
      if (!stale || attempt >= attempts) throw error;
    }
  }
}
