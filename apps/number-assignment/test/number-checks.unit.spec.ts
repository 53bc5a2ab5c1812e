import { createLibphonenumberPlan } from '../src/adapters/libphonenumber-plan';
import { checkNumberForBundle } from '../src/domain/number-checks';
import { ACCEPTED_PLAN_TYPES, fitsNumberType } from '../src/domain/number-types';

const plan = createLibphonenumberPlan();
const ita = { country: 'ITA', numberType: 'LOCAL' as const };

describe('number checks (libphonenumber-js max metadata)', () => {
  it('accepts the Bandwidth guide numbers on an Italian LOCAL bundle', () => {
    expect(checkNumberForBundle(plan, '+390144230024', ita)).toBeNull();
    expect(checkNumberForBundle(plan, '+390144230034', ita)).toBeNull();
  });

  it.each<[unknown, string]>([
    ['39 0144 230024', 'no plus'],
    ['+39 0144 230024', 'spaces'],
    ['+390144230024x', 'trailing letter'],
    ['+0390144230024', 'country code starting with 0'],
    ['+3901442300240000', 'more than 15 digits'],
    [390144230024, 'not text'],
    [null, 'null'],
    ['', 'empty'],
  ])('refuses %j (%s) as INVALID_PHONE_NUMBER', (value) => {
    expect(checkNumberForBundle(plan, value, ita)?.code).toBe('INVALID_PHONE_NUMBER');
  });

  it('refuses a well-formed number that the numbering plan does not know', () => {
    expect(checkNumberForBundle(plan, '+3906698', ita)?.code).toBe('INVALID_PHONE_NUMBER');
  });

  it('refuses a number of another country', () => {
    const failure = checkNumberForBundle(plan, '+4930123456', ita);
    expect(failure?.code).toBe('WRONG_COUNTRY');
    expect(failure?.message).toContain('DEU');
  });

  it('refuses a mobile number on a LOCAL bundle and a fixed line on a MOBILE bundle', () => {
    expect(checkNumberForBundle(plan, '+491701234567', { country: 'DEU', numberType: 'LOCAL' })?.code).toBe(
      'WRONG_NUMBER_TYPE',
    );
    expect(checkNumberForBundle(plan, '+4930123456', { country: 'DEU', numberType: 'MOBILE' })?.code).toBe(
      'WRONG_NUMBER_TYPE',
    );
    expect(checkNumberForBundle(plan, '+491701234567', { country: 'DEU', numberType: 'MOBILE' })).toBeNull();
  });

  it('takes US numbers (FIXED_LINE_OR_MOBILE) as LOCAL or MOBILE, toll-free only as TOLL_FREE', () => {
    const us = (numberType: 'LOCAL' | 'MOBILE' | 'TOLL_FREE' | 'NATIONAL') => ({
      country: 'USA',
      numberType,
    });
    expect(checkNumberForBundle(plan, '+12025550123', us('LOCAL'))).toBeNull();
    expect(checkNumberForBundle(plan, '+12025550123', us('MOBILE'))).toBeNull();
    expect(checkNumberForBundle(plan, '+12025550123', us('TOLL_FREE'))?.code).toBe('WRONG_NUMBER_TYPE');
    expect(checkNumberForBundle(plan, '+18005550199', us('TOLL_FREE'))).toBeNull();
    expect(checkNumberForBundle(plan, '+18005550199', us('LOCAL'))?.code).toBe('WRONG_NUMBER_TYPE');
  });

  it('takes UK 03 numbers (UAN) as NATIONAL and not as LOCAL', () => {
    const gbr = (numberType: 'LOCAL' | 'NATIONAL') => ({ country: 'GBR', numberType });
    expect(checkNumberForBundle(plan, '+443001234567', gbr('NATIONAL'))).toBeNull();
    expect(checkNumberForBundle(plan, '+443001234567', gbr('LOCAL'))?.code).toBe('WRONG_NUMBER_TYPE');
    expect(checkNumberForBundle(plan, '+442071838750', gbr('NATIONAL'))?.code).toBe('WRONG_NUMBER_TYPE');
  });

  it('never lets an unknown, premium-rate, pager or voicemail type fit a bundle', () => {
    for (const type of ['UNKNOWN', 'PREMIUM_RATE', 'PAGER', 'VOICEMAIL'] as const) {
      for (const bundleType of Object.keys(ACCEPTED_PLAN_TYPES) as (keyof typeof ACCEPTED_PLAN_TYPES)[]) {
        expect(fitsNumberType(bundleType, type)).toBe(false);
      }
    }
  });
});
