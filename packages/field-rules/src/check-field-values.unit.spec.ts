import type { CatalogField } from '@compliance/contracts';
import { checkFieldValues } from './check-field-values';

const field = (overrides: Partial<CatalogField> & Pick<CatalogField, 'name' | 'type'>): CatalogField => ({
  friendlyName: `The ${overrides.name}`,
  required: false,
  ...overrides,
});

const spec: CatalogField[] = [
  field({ name: 'firstName', type: 'STRING', required: true, maxLength: 5 }),
  field({ name: 'birthDate', type: 'DATE' }),
  field({ name: 'email', type: 'EMAIL' }),
  field({ name: 'phone', type: 'PHONE' }),
  field({ name: 'nationality', type: 'COUNTRY' }),
  field({ name: 'kind', type: 'ENUM', values: ['A', 'B'] }),
  field({ name: 'taxId', type: 'STRING', pattern: '^[0-9]{3}$' }),
];

const codes = (values: Record<string, unknown>, options?: Parameters<typeof checkFieldValues>[2]) =>
  checkFieldValues(spec, values, options).map((p) => `${p.field}:${p.code}`);

describe('checkFieldValues', () => {
  it('accepts valid values of every type', () => {
    expect(
      codes({
        firstName: 'Ada',
        birthDate: '1990-02-28',
        email: 'ada@example.com',
        phone: '+4930901820',
        nationality: 'deu',
        kind: 'B',
        taxId: '123',
      }),
    ).toEqual([]);
  });

  it('lists every problem at once, each with its field', () => {
    expect(
      codes({
        firstName: 'Adalbert',
        birthDate: '1990-02-30',
        email: 'not-an-email',
        phone: '030901820',
        nationality: 'XX',
        kind: 'C',
        taxId: '12a',
        shoeSize: '42',
      }),
    ).toEqual([
      'firstName:TOO_LONG',
      'birthDate:INVALID_DATE',
      'email:INVALID_EMAIL',
      'phone:INVALID_PHONE',
      'nationality:INVALID_COUNTRY',
      'kind:VALUE_NOT_ALLOWED',
      'taxId:PATTERN_MISMATCH',
      'shoeSize:UNKNOWN_FIELD',
    ]);
  });

  it('reports missing or blank required fields only when asked to', () => {
    expect(codes({})).toEqual(['firstName:REQUIRED']);
    expect(codes({ firstName: '   ' })).toEqual(['firstName:REQUIRED']);
    expect(codes({}, { requireAll: false })).toEqual([]);
  });

  it('refuses values that are not text', () => {
    expect(codes({ firstName: 42, kind: ['A'], birthDate: { y: 1990 } })).toEqual([
      'firstName:WRONG_TYPE',
      'birthDate:WRONG_TYPE',
      'kind:WRONG_TYPE',
    ]);
  });

  it('accepts unknown names when asked to', () => {
    expect(codes({ firstName: 'Ada', extra: 'x' }, { allowUnknown: true })).toEqual([]);
  });

  it('counts characters, not UTF-16 units, for maxLength', () => {
    expect(codes({ firstName: '😀😀😀😀😀' })).toEqual([]);
    expect(codes({ firstName: '😀😀😀😀😀😀' })).toEqual(['firstName:TOO_LONG']);
  });

  it('refuses numeric country codes and dates in other layouts', () => {
    expect(codes({ firstName: 'Ada', nationality: '276', birthDate: '28.02.1990' })).toEqual([
      'birthDate:INVALID_DATE',
      'nationality:INVALID_COUNTRY',
    ]);
  });

  it('says what to do in the message', () => {
    const [problem] = checkFieldValues(spec, { kind: 'C' }, { requireAll: false });
    expect(problem).toEqual({
      field: 'kind',
      friendlyName: 'The kind',
      code: 'VALUE_NOT_ALLOWED',
      message: 'The kind must be one of: A, B.',
    });
  });
});
