import {
  createIsoCountryCodes,
  normaliseCountry,
  normaliseEndUserType,
  normaliseNumberType,
  normaliseRequirementsFilter,
  normaliseVersion,
  validatePublishRequest,
} from '../src';
import { fakeCountries, italianIndividual, reference } from './support/fixtures';

const iso = createIsoCountryCodes();

describe('country normalisation (i18n-iso-countries)', () => {
  it.each([
    ['DE', 'DEU'],
    ['de', 'DEU'],
    ['dEu', 'DEU'],
    ['DEU', 'DEU'],
    [' it ', 'ITA'],
    ['gb', 'GBR'],
    ['usa', 'USA'],
    ['ZA', 'ZAF'],
  ])('%s → %s', (input, alpha3) => {
    expect(normaliseCountry(input, iso)).toEqual({ ok: true, value: alpha3 });
  });

  it.each(['UK', 'XX', 'DEUT', '276', 'Germany', 'D', ''])('refuses %p, naming the parameter', (input) => {
    const result = normaliseCountry(input, iso);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.field).toBe('country');
  });

  it('names the parameter it is given, and refuses non-strings', () => {
    expect(normaliseCountry(49, iso, 'address.country')).toEqual({
      ok: false,
      problems: [expect.objectContaining({ field: 'address.country', code: 'REQUIRED' })],
    });
  });

  it('works against the port, not a library', () => {
    expect(normaliseCountry('fr', fakeCountries)).toEqual({ ok: true, value: 'FRA' });
    expect(normaliseCountry('es', fakeCountries).ok).toBe(false);
  });
});

describe('number and end-user type normalisation', () => {
  it.each([
    ['LOCAL', 'LOCAL'],
    ['local', 'LOCAL'],
    ['GEOGRAPHIC', 'LOCAL'],
    ['geographic', 'LOCAL'],
    ['toll_free', 'TOLL_FREE'],
    ['toll-free', 'TOLL_FREE'],
    ['Mobile', 'MOBILE'],
    ['NATIONAL', 'NATIONAL'],
  ])('number type %s → %s', (input, canonical) => {
    expect(normaliseNumberType(input)).toEqual({ ok: true, value: canonical });
  });

  it('refuses an unknown number type naming the parameter', () => {
    expect(normaliseNumberType('SATELLITE')).toEqual({
      ok: false,
      problems: [expect.objectContaining({ field: 'numberType', code: 'UNKNOWN_NUMBER_TYPE' })],
    });
  });

  it('end-user types in any case; others refused', () => {
    expect(normaliseEndUserType('business')).toEqual({ ok: true, value: 'BUSINESS' });
    expect(normaliseEndUserType('PERSON')).toEqual({
      ok: false,
      problems: [expect.objectContaining({ field: 'endUserType', code: 'UNKNOWN_END_USER_TYPE' })],
    });
  });

  it('versions are positive whole numbers', () => {
    expect(normaliseVersion('3')).toEqual({ ok: true, value: 3 });
    expect(normaliseVersion(2)).toEqual({ ok: true, value: 2 });
    for (const bad of ['0', '-1', '1.5', 'latest', '', undefined]) {
      expect(normaliseVersion(bad)).toEqual({
        ok: false,
        problems: [expect.objectContaining({ field: 'version' })],
      });
    }
  });
});

describe('requirements filter', () => {
  it('treats absent and empty filters as "any"', () => {
    expect(normaliseRequirementsFilter({}, iso)).toEqual({ ok: true, value: {} });
    expect(normaliseRequirementsFilter({ country: '', numberType: ' ' }, iso)).toEqual({
      ok: true,
      value: {},
    });
  });

  it('normalises every given filter', () => {
    expect(
      normaliseRequirementsFilter(
        { country: 'at', numberType: 'geographic', endUserType: 'individual' },
        iso,
      ),
    ).toEqual({ ok: true, value: { country: 'AUT', numberType: 'LOCAL', endUserType: 'INDIVIDUAL' } });
  });

  it('lists every bad filter at once', () => {
    const result = normaliseRequirementsFilter(
      { country: 'XX', numberType: 'PAGER', endUserType: 'ROBOT' },
      iso,
    );
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual([
      'country',
      'numberType',
      'endUserType',
    ]);
  });
});

describe('publish request (POST /v1/admin/regulations)', () => {
  const deps = { countries: iso, reference, hasCityData: (c: string) => c === 'DEU' };

  it('normalises the parameters and keeps the spec', () => {
    const result = validatePublishRequest(
      {
        country: 'it',
        numberType: 'GEOGRAPHIC',
        endUserType: 'individual',
        requirement: italianIndividual,
        gracePeriodDays: 30,
      },
      deps,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        country: 'ITA',
        numberType: 'LOCAL',
        endUserType: 'INDIVIDUAL',
        requirement: italianIndividual,
        gracePeriodDays: 30,
      },
    });
  });

  it('lists body and spec problems together', () => {
    const result = validatePublishRequest(
      {
        regulationId: 'nope',
        country: 'XX',
        numberType: 'PAGER',
        endUserType: 'BUSINESS',
        requirement: { ...italianIndividual, address: { required: true, location: 'MOON' } },
        gracePeriodDays: 1.5,
        note: 'hi',
      },
      deps,
    );
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual([
      'note',
      'country',
      'numberType',
      'regulationId',
      'gracePeriodDays',
      'requirement.endUser.type',
      'requirement.address.location',
    ]);
  });

  it('refuses a body that is not an object', () => {
    expect(validatePublishRequest([], deps).ok).toBe(false);
  });
});
