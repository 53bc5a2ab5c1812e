import {
  ConcurrentModificationError,
  DomainError,
  isDomainError,
  NotFoundError,
  parseStreamId,
  toStreamId,
  ValidationError,
} from '../src';

describe('DomainError', () => {
  it('carries a stable code, its class name and no HTTP', () => {
    const error = new NotFoundError('bundle', 'bun_1');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('NOT_FOUND');
    expect(error.name).toBe('NotFoundError');
    expect(isDomainError(error)).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(Object.keys(error)).not.toContain('status');
  });

  it('serializes for request-reply', () => {
    const error = new ValidationError([{ field: 'title', code: 'REQUIRED', message: 'title is required' }]);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'ValidationError',
      code: 'VALIDATION_FAILED',
      message: 'validation failed',
      details: {},
      errors: [{ field: 'title', code: 'REQUIRED', message: 'title is required' }],
    });
  });

  it('ConcurrentModificationError has code CONCURRENT_MODIFICATION', () => {
    expect(new ConcurrentModificationError('bundle-bun_1', 4)).toMatchObject({
      code: 'CONCURRENT_MODIFICATION',
      streamId: 'bundle-bun_1',
      attempts: 4,
    });
  });
});

describe('stream ids', () => {
  it('are <category>-<aggregateId> and parse back', () => {
    expect(toStreamId('bundle', 'bun_01HX')).toBe('bundle-bun_01HX');
    expect(parseStreamId('bundle-bun_01HX')).toEqual({ category: 'bundle', aggregateId: 'bun_01HX' });
    expect(parseStreamId('endUser-eu_1-x')).toEqual({ category: 'endUser', aggregateId: 'eu_1-x' });
    expect(() => toStreamId('a-b', 'x')).toThrow(TypeError);
  });
});
