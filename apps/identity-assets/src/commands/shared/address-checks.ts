import type { AddressContent } from '@compliance/contracts';
import type { FieldError } from '@compliance/event-sourcing';
import { checkPostalCode } from '@compliance/postal-codes';
import type { AddressSecret } from '../../sealing/asset-secrets';
import { optionalText, throwIfProblems } from './checks';

const REQUIRED_LINES = ['customerName', 'street', 'city'] as const;

/** The address as it will be sealed: lines trimmed, country to alpha-3, postal code in the country's format. */
export function checkedAddress(content: AddressContent): AddressSecret {
  const problems: FieldError[] = [];
  for (const line of REQUIRED_LINES) {
    if (typeof content[line] !== 'string' || content[line].trim() === '') {
      problems.push({ field: line, code: 'REQUIRED', message: `Give ${line}.` });
    }
  }
  const postal = checkPostalCode(content.country, content.postalCode);
  if (!postal.ok) problems.push(...postal.problems);
  throwIfProblems(problems);
  if (!postal.ok) throw new Error('unreachable');
  return {
    customerName: content.customerName.trim(),
    street: content.street.trim(),
    streetSecondary: optionalText(content.streetSecondary),
    city: content.city.trim(),
    region: optionalText(content.region),
    postalCode: postal.value.postalCode,
    country: postal.value.country,
    customReference: optionalText(content.customReference),
  };
}
