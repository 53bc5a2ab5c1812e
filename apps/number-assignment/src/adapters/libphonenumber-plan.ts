import { alpha2ToAlpha3 } from 'i18n-iso-countries';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { PlanNumberType } from '../domain/number-types';
import type { InspectedNumber, NumberingPlan } from '../domain/ports';

/** The numbering plan from libphonenumber-js's full metadata (`max`: the only build that tells number types). */
export function createLibphonenumberPlan(): NumberingPlan {
  return {
    inspect(e164: string): InspectedNumber {
      const parsed = parsePhoneNumberFromString(e164);
      if (!parsed || parsed.number !== e164 || !parsed.isValid()) return { valid: false };
      const country = parsed.country ? (alpha2ToAlpha3(parsed.country) ?? null) : null;
      const type: PlanNumberType = parsed.getType() ?? 'UNKNOWN';
      return { valid: true, country, type };
    },
  };
}
