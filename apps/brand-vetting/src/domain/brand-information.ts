import type { BrandInformationV1 } from '@compliance/contracts';
import { ValidationError, type FieldError } from '@compliance/event-sourcing';

const REQUIRED_TEXT = [
  'entityType',
  'companyName',
  'displayName',
  'ein',
  'einIssuingCountry',
  'phone',
  'email',
  'street',
  'city',
  'state',
  'postalCode',
  'country',
  'vertical',
] as const;
const OPTIONAL_TEXT = [
  'website',
  'stockSymbol',
  'stockExchange',
  'altBusinessId',
  'altBusinessIdType',
] as const;

/**
 * The brand information as stored: every field present (absent optional ones null), text trimmed. The gateway has
 * validated formats already; this guards the service against a request that skipped it.
 */
export function toBrandInformation(input: unknown): BrandInformationV1 {
  const source = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const problems: FieldError[] = [];
  const out: Record<string, string | null> = {};
  for (const field of REQUIRED_TEXT) {
    const value = source[field];
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push({ field, code: 'REQUIRED', message: `${field} is required.` });
    } else out[field] = value.trim();
  }
  for (const field of OPTIONAL_TEXT) {
    const value = source[field];
    if (value === undefined || value === null) out[field] = null;
    else if (typeof value !== 'string') {
      problems.push({ field, code: 'WRONG_TYPE', message: `${field} must be text.` });
    } else out[field] = value.trim() === '' ? null : value.trim();
  }
  if (problems.length > 0) throw new ValidationError(problems, `${problems.length} field(s) are invalid.`);
  return out as unknown as BrandInformationV1;
}
