import type { ValidationError } from 'class-validator';
import type { FieldError } from '../errors/api-problem';

function upperSnake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

function fieldCode(error: ValidationError, constraint: string): string {
  if (constraint === 'whitelistValidation') return 'UNKNOWN_FIELD';
  if (error.value === undefined || error.value === null) return 'REQUIRED';
  return upperSnake(constraint);
}

/** One entry per bad field, nested fields as dotted paths (`address.postalCode`, `items.0.assetId`). */
export function fieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldError[] = [];
    const constraints = Object.entries(error.constraints ?? {});
    const first = constraints[0];
    if (first) {
      own.push({
        field,
        code: fieldCode(error, first[0]),
        message: constraints.map(([, message]) => message).join('; '),
      });
    }
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}
