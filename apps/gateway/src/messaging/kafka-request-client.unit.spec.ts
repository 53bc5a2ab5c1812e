import { serviceError } from '@compliance/contracts';
import { ApiProblem } from '../errors/api-problem';
import { dependencyUnavailable, resultOf } from './kafka-request-client';

describe('resultOf', () => {
  it('returns a result as it came', () => {
    const result = { data: [{ regulationId: 'reg_1', error: null }] };
    expect(resultOf(result)).toBe(result);
    expect(resultOf({ error: 'a field named error is not an error reply' })).toEqual({
      error: 'a field named error is not an error reply',
    });
  });

  it('turns a ServiceErrorReply into the ApiProblem it names, field errors included', () => {
    const reply = serviceError('VALIDATION_FAILED', 400, '2 fields are invalid.', [
      { field: 'country', code: 'UNKNOWN_COUNTRY', message: 'ZZ is not a country' },
      { field: 'requirement.address.location', code: 'INVALID_ENUM', message: 'MOON' },
    ]);
    let thrown: unknown;
    try {
      resultOf(reply);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiProblem);
    expect(thrown).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: '2 fields are invalid.',
      errors: reply.error.errors,
    });
    expect(() => resultOf(serviceError('NOT_FOUND', 404, 'regulation reg_x not found'))).toThrow(
      expect.objectContaining({ status: 404, code: 'NOT_FOUND' }),
    );
  });
});

describe('dependencyUnavailable', () => {
  it('is a 503 DEPENDENCY_UNAVAILABLE with Retry-After', () => {
    expect(dependencyUnavailable('the catalog service did not answer')).toMatchObject({
      status: 503,
      code: 'DEPENDENCY_UNAVAILABLE',
      headers: { 'Retry-After': '5' },
    });
  });
});
