import type { CatalogField } from '@compliance/contracts';
import countries from 'i18n-iso-countries';
import { isValidPhoneNumber } from 'libphonenumber-js';
import isDate from 'validator/lib/isDate';
import isEmail from 'validator/lib/isEmail';
import type { FieldProblem } from './field-problem';

export interface CheckFieldValuesOptions {
  /** Report required fields that are missing or blank (evaluations). Default true; creating a draft asset passes false. */
  requireAll?: boolean;
  /** Accept names the spec does not know (evaluations of assets made for another type). Default false. */
  allowUnknown?: boolean;
}

/**
 * Every problem of `values` against `spec`, in spec order, then unknown names. An empty list means the values are
 * acceptable. Pure: no I/O, no clock.
 */
export function checkFieldValues(
  spec: readonly CatalogField[],
  values: Readonly<Record<string, unknown>>,
  options: CheckFieldValuesOptions = {},
): FieldProblem[] {
  const { requireAll = true, allowUnknown = false } = options;
  const problems: FieldProblem[] = [];
  for (const field of spec) {
    const value = Object.prototype.hasOwnProperty.call(values, field.name) ? values[field.name] : undefined;
    const problem = checkOne(field, value, requireAll);
    if (problem) problems.push(problem);
  }
  if (!allowUnknown) {
    const known = new Set(spec.map((field) => field.name));
    for (const name of Object.keys(values)) {
      if (known.has(name)) continue;
      problems.push({
        field: name,
        friendlyName: name,
        code: 'UNKNOWN_FIELD',
        message: `"${name}" is not a field of this type; allowed fields: ${[...known].join(', ') || 'none'}.`,
      });
    }
  }
  return problems;
}

function checkOne(field: CatalogField, value: unknown, requireAll: boolean): FieldProblem | null {
  const problem = (code: FieldProblem['code'], message: string): FieldProblem => ({
    field: field.name,
    friendlyName: field.friendlyName,
    code,
    message,
  });
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return requireAll && field.required
      ? problem('REQUIRED', `Provide ${field.friendlyName}; it is required.`)
      : null;
  }
  if (typeof value !== 'string') {
    return problem('WRONG_TYPE', `${field.friendlyName} must be given as text.`);
  }
  if (field.maxLength !== undefined && [...value].length > field.maxLength) {
    return problem('TOO_LONG', `${field.friendlyName} must be at most ${field.maxLength} characters long.`);
  }
  const typeProblem = checkType(field, value);
  if (typeProblem) return problem(typeProblem.code, typeProblem.message);
  if (field.values && !field.values.includes(value)) {
    return problem('VALUE_NOT_ALLOWED', `${field.friendlyName} must be one of: ${field.values.join(', ')}.`);
  }
  if (field.pattern !== undefined && !new RegExp(field.pattern, 'u').test(value)) {
    return problem(
      'PATTERN_MISMATCH',
      `${field.friendlyName} does not have the expected format (${field.pattern}).`,
    );
  }
  return null;
}

function checkType(field: CatalogField, value: string): Pick<FieldProblem, 'code' | 'message'> | null {
  switch (field.type) {
    case 'STRING':
    case 'ENUM':
      return null;
    case 'DATE':
      return isDate(value, { format: 'YYYY-MM-DD', strictMode: true, delimiters: ['-'] })
        ? null
        : {
            code: 'INVALID_DATE',
            message: `${field.friendlyName} must be a calendar date written YYYY-MM-DD.`,
          };
    case 'EMAIL':
      return isEmail(value)
        ? null
        : {
            code: 'INVALID_EMAIL',
            message: `${field.friendlyName} must be an e-mail address such as name@example.com.`,
          };
    case 'PHONE':
      return value.startsWith('+') && isValidPhoneNumber(value)
        ? null
        : {
            code: 'INVALID_PHONE',
            message: `${field.friendlyName} must be a valid phone number in E.164 form, e.g. +4930123456.`,
          };
    case 'COUNTRY':
      return /^[A-Za-z]{2,3}$/.test(value) && countries.isValid(value.toUpperCase())
        ? null
        : {
            code: 'INVALID_COUNTRY',
            message: `${field.friendlyName} must be an ISO 3166-1 country code such as DE or DEU.`,
          };
    default: {
      const _exhaustive: never = field.type;
      return _exhaustive;
    }
  }
}
