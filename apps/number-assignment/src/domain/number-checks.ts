import type { CatalogNumberType, PhoneNumberErrorCode } from '@compliance/contracts';
import { fitsNumberType } from './number-types';
import type { NumberingPlan } from './ports';

/** E.164: a plus, a country code not starting with 0, at most 15 digits in all, nothing else. */
export const E164_PATTERN = /^\+[1-9]\d{1,14}$/;

export interface NumberCheckFailure {
  code: PhoneNumberErrorCode;
  message: string;
}

export interface BundleTarget {
  /** ISO 3166-1 alpha-3. */
  country: string;
  numberType: CatalogNumberType;
}

/** Whether a number may go on a bundle of this country and number type (format, plan validity, country, type). */
export function checkNumberForBundle(
  plan: NumberingPlan,
  phoneNumber: unknown,
  bundle: BundleTarget,
): NumberCheckFailure | null {
  if (typeof phoneNumber !== 'string' || !E164_PATTERN.test(phoneNumber)) {
    return {
      code: 'INVALID_PHONE_NUMBER',
      message:
        'Give the number in E.164: a plus, the country code and the national number, digits only (e.g. +390144230024).',
    };
  }
  const inspected = plan.inspect(phoneNumber);
  if (!inspected.valid) {
    return {
      code: 'INVALID_PHONE_NUMBER',
      message: `${phoneNumber} is not a valid number in its country's numbering plan.`,
    };
  }
  if (inspected.country !== bundle.country) {
    return {
      code: 'WRONG_COUNTRY',
      message: `${phoneNumber} is ${inspected.country === null ? 'not a number of any one country' : `a number of ${inspected.country}`}; this bundle is for ${bundle.country}.`,
    };
  }
  if (!fitsNumberType(bundle.numberType, inspected.type)) {
    return {
      code: 'WRONG_NUMBER_TYPE',
      message: `${phoneNumber} is a ${inspected.type} number; this bundle is for ${bundle.numberType} numbers.`,
    };
  }
  return null;
}

/** A number's form only (for REMOVE, where country and type no longer matter). */
export function checkE164(phoneNumber: unknown): NumberCheckFailure | null {
  if (typeof phoneNumber === 'string' && E164_PATTERN.test(phoneNumber)) return null;
  return {
    code: 'INVALID_PHONE_NUMBER',
    message: 'Give the number in E.164: a plus, the country code and the national number, digits only.',
  };
}
