import type { PlanNumberType } from './number-types';

/** What the numbering plan says about a number given in E.164. */
export type InspectedNumber =
  | { valid: false }
  | {
      valid: true;
      /** ISO 3166-1 alpha-3 of the country the number belongs to; null for non-geographic codes (+800 ...). */
      country: string | null;
      type: PlanNumberType;
    };

/** The numbering plan (libphonenumber-js in production). */
export interface NumberingPlan {
  inspect(e164: string): InspectedNumber;
}
