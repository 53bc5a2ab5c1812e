import { ID_PREFIX, isId, newId } from './ids';

describe('ids', () => {
  it('are the prefix and a ULID, time-ordered', () => {
    const first = newId(ID_PREFIX.account);
    const second = newId(ID_PREFIX.account);
    expect(isId(ID_PREFIX.account, first)).toBe(true);
    expect(isId(ID_PREFIX.apiKey, first)).toBe(false);
    expect(first.slice(4, 14) <= second.slice(4, 14)).toBe(true);
  });

  it('rejects strings that only look like ids', () => {
    expect(isId(ID_PREFIX.account, 'acc_123')).toBe(false);
    expect(isId(ID_PREFIX.account, 'acc_01JD6ZQ2W7V0K6X9T3N4R5S8YI')).toBe(false);
  });
});
