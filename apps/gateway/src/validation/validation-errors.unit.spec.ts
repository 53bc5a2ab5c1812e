import { plainToInstance, Type } from 'class-transformer';
import { IsInt, IsString, MaxLength, Min, ValidateNested, validateSync } from 'class-validator';
import { fieldErrors } from './validation-errors';

class Inner {
  @IsString()
  city!: string;
}

class Outer {
  @IsString()
  @MaxLength(3)
  name!: string;

  @IsInt()
  @Min(1)
  count!: number;

  @ValidateNested()
  @Type(() => Inner)
  address!: Inner;
}

const errorsOf = (plain: object) =>
  fieldErrors(validateSync(plainToInstance(Outer, plain), { whitelist: true, forbidNonWhitelisted: true }));

describe('fieldErrors', () => {
  it('lists one entry per bad field, nested fields as dotted paths, unknown fields as UNKNOWN_FIELD', () => {
    const errors = errorsOf({ name: 'toolong', count: 0, extra: 1, address: { city: 5, zip: 'x' } });
    expect(errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      'address.city:IS_STRING',
      'address.zip:UNKNOWN_FIELD',
      'count:MIN',
      'extra:UNKNOWN_FIELD',
      'name:MAX_LENGTH',
    ]);
    expect(errors.every((e) => e.message.length > 0)).toBe(true);
  });

  it('a missing field is REQUIRED, with every failed rule in its message', () => {
    const errors = errorsOf({ count: 1, address: { city: 'x' } });
    expect(errors).toEqual([{ field: 'name', code: 'REQUIRED', message: expect.stringMatching(/;/) }]);
  });
});
