import type { CatalogNumberType } from '@compliance/contracts';

/**
 * Number types of libphonenumber's full metadata (`libphonenumber-js/max`, `PhoneNumber.getType()`), as data so the
 * domain needs no import of the library. `undefined` from the library (a valid number whose type the metadata does not
 * tell) is `UNKNOWN` here.
 */
export const PLAN_NUMBER_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'FIXED_LINE_OR_MOBILE',
  'TOLL_FREE',
  'PREMIUM_RATE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
  'UNKNOWN',
] as const;
export type PlanNumberType = (typeof PLAN_NUMBER_TYPES)[number];

/**
 * Which numbering-plan types each bundle number type accepts (ADR 0009, and the OpenAPI description of the bulk
 * endpoint). FIXED_LINE_OR_MOBILE (the whole North American plan, for instance) fits LOCAL and MOBILE. NATIONAL
 * means non-geographic numbers reachable nationwide: UAN (e.g. UK 03), SHARED_COST, PERSONAL_NUMBER and VOIP.
 * PREMIUM_RATE, PAGER, VOICEMAIL and UNKNOWN fit no bundle: a compliance bundle must not vouch for a number whose
 * use it cannot tell.
 */
export const ACCEPTED_PLAN_TYPES: Readonly<Record<CatalogNumberType, readonly PlanNumberType[]>> = {
  LOCAL: ['FIXED_LINE', 'FIXED_LINE_OR_MOBILE'],
  MOBILE: ['MOBILE', 'FIXED_LINE_OR_MOBILE'],
  TOLL_FREE: ['TOLL_FREE'],
  NATIONAL: ['UAN', 'SHARED_COST', 'PERSONAL_NUMBER', 'VOIP'],
};

export function fitsNumberType(bundleType: CatalogNumberType, planType: PlanNumberType): boolean {
  return ACCEPTED_PLAN_TYPES[bundleType].includes(planType);
}
