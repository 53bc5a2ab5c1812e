export const FIELD_RULE_CODES = [
  'UNKNOWN_FIELD',
  'REQUIRED',
  'WRONG_TYPE',
  'TOO_LONG',
  'VALUE_NOT_ALLOWED',
  'INVALID_DATE',
  'INVALID_EMAIL',
  'INVALID_PHONE',
  'INVALID_COUNTRY',
  'PATTERN_MISMATCH',
] as const;
export type FieldRuleCode = (typeof FIELD_RULE_CODES)[number];

/** One broken rule of one field; `message` tells the customer what to send instead. */
export interface FieldProblem {
  field: string;
  friendlyName: string;
  code: FieldRuleCode;
  message: string;
}
