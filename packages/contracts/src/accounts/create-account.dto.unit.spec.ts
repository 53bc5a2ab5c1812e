import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CreateAccountDto } from './create-account.dto';
import { CreateStaffDto } from './create-staff.dto';

const failures = (cls: new () => object, body: object) =>
  validateSync(plainToInstance(cls, body), { whitelist: true, forbidNonWhitelisted: true }).map(
    (e) => e.property,
  );

describe('accounts DTOs', () => {
  it('accepts a create-account body with a name', () => {
    expect(failures(CreateAccountDto, { name: 'Acme' })).toEqual([]);
  });

  it.each([{}, { name: '' }, { name: '   ' }, { name: 7 }, { name: 'x'.repeat(201) }])(
    'rejects create-account body %j on name',
    (body) => {
      expect(failures(CreateAccountDto, body)).toEqual(['name']);
    },
  );

  it('rejects unknown fields', () => {
    expect(failures(CreateAccountDto, { name: 'Acme', plan: 'gold' })).toEqual(['plan']);
  });

  it('accepts staff roles REVIEWER and ADMIN only, listing every bad field', () => {
    expect(failures(CreateStaffDto, { name: 'R', role: 'REVIEWER' })).toEqual([]);
    expect(failures(CreateStaffDto, { name: 'A', role: 'ADMIN' })).toEqual([]);
    expect(failures(CreateStaffDto, { name: '', role: 'CUSTOMER' }).sort()).toEqual(['name', 'role']);
  });
});
