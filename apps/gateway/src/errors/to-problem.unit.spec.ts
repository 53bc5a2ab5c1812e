import { BadRequestException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { ApiProblem } from './api-problem';
import { toProblem } from './to-problem';

describe('toProblem', () => {
  it('renders an ApiProblem with its code, field errors and headers', () => {
    const problem = toProblem(
      new ApiProblem(401, 'UNAUTHENTICATED', 'no key', [{ field: 'f', code: 'C', message: 'm' }], {
        'WWW-Authenticate': 'Bearer',
      }),
    );
    expect(problem).toMatchObject({
      status: 401,
      headers: { 'WWW-Authenticate': 'Bearer' },
      unexpected: false,
    });
    expect(problem.body).toEqual({
      type: expect.stringMatching(/unauthenticated$/),
      title: 'Unauthenticated',
      status: 401,
      detail: 'no key',
      code: 'UNAUTHENTICATED',
      errors: [{ field: 'f', code: 'C', message: 'm' }],
    });
  });

  it('maps NestJS and fastify errors to the codes of API.md', () => {
    expect(toProblem(new NotFoundException('Cannot GET /x')).body.code).toBe('NOT_FOUND');
    expect(toProblem(new PayloadTooLargeException()).body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(toProblem(new BadRequestException('bad')).body.code).toBe('VALIDATION_FAILED');
    expect(
      toProblem(Object.assign(new Error('x'), { code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 })),
    ).toMatchObject({
      status: 415,
      body: { code: 'UNSUPPORTED_MEDIA_TYPE' },
    });
  });

  it('turns PostgreSQL and Kafka outages into 503 DEPENDENCY_UNAVAILABLE with Retry-After', () => {
    for (const error of [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('terminating connection'), { code: '57P01' }),
      Object.assign(new Error('broker down'), { name: 'KafkaJSConnectionError' }),
    ]) {
      const problem = toProblem(error);
      expect(problem.status).toBe(503);
      expect(problem.body.code).toBe('DEPENDENCY_UNAVAILABLE');
      expect(Number(problem.headers['Retry-After'])).toBeGreaterThan(0);
    }
  });

  it('hides unexpected errors behind 500 INTERNAL_ERROR', () => {
    const problem = toProblem(new TypeError('secret internals'));
    expect(problem).toMatchObject({ status: 500, unexpected: true, body: { code: 'INTERNAL_ERROR' } });
    expect(problem.body.detail).not.toContain('secret');
  });
});
