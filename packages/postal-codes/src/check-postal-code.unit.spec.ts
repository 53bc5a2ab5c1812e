import { checkPostalCode } from './check-postal-code';
import { createCountryLookup, createPostalCodeFormats, type PostalCodeFormats } from './postal-code-formats';

const ports = { countries: createCountryLookup(), formats: createPostalCodeFormats() };

describe('postal-code formats (postcode-validator)', () => {
  it.each([
    ['DE', '10115', '10115'],
    ['deu', '73430', '73430'],
    ['AT', '1010', '1010'],
    ['FR', '75001', '75001'],
    ['GB', 'sw1a 1aa', 'SW1A 1AA'],
    ['US', '10001-1234', '10001-1234'],
    ['CA', 'K1A 0B1', 'K1A 0B1'],
    ['NL', '1011  ab', '1011 AB'],
    ['JP', '100-0001', '100-0001'],
    ['BR', '01310-100', '01310-100'],
    ['AU', '2000', '2000'],
    ['IN', '110001', '110001'],
  ])('%s %p is valid', (country, postalCode, tidy) => {
    const result = checkPostalCode(country, postalCode, ports);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ postalCode: tidy, formatChecked: true }),
    });
  });

  it.each([
    ['DE', '1011'],
    ['DE', '101155'],
    ['AT', '10100'],
    ['GB', '12345'],
    ['US', 'ABCDE'],
    ['JP', '1000001'],
  ])('%s %p is refused, naming postalCode', (country, postalCode) => {
    expect(checkPostalCode(country, postalCode, ports)).toEqual({
      ok: false,
      problems: [expect.objectContaining({ field: 'postalCode', code: 'INVALID_POSTAL_CODE' })],
    });
  });

  it('falls back to a loose rule where the library has no format', () => {
    const none: PostalCodeFormats = { hasFormat: () => false, matches: () => false };
    const loose = { countries: ports.countries, formats: none };
    expect(checkPostalCode('AE', 'DXB-1', loose)).toEqual({
      ok: true,
      value: { country: 'ARE', postalCode: 'DXB-1', formatChecked: false },
    });
    expect(checkPostalCode('AE', '!!', loose).ok).toBe(false);
  });

  it('reports a bad country and a missing postal code together, with the caller’s field names', () => {
    const result = checkPostalCode('XX', '', ports, {
      country: 'address.country',
      postalCode: 'address.postalCode',
    });
    expect(result.ok ? [] : result.problems.map((p) => `${p.field} ${p.code}`)).toEqual([
      'address.country UNKNOWN_COUNTRY',
      'address.postalCode REQUIRED',
    ]);
  });

  it('uses the library formats when no ports are given', () => {
    expect(checkPostalCode('de', '10115').ok).toBe(true);
    expect(checkPostalCode('de', '1011').ok).toBe(false);
    expect(checkPostalCode('276', '10115').ok).toBe(false);
  });

  it('knows which countries have a format', () => {
    expect(ports.formats.hasFormat('DEU')).toBe(true);
    expect(ports.formats.hasFormat('XKX')).toBe(false);
  });
});
