import {
  currentRequestContext,
  findRequestContext,
  requestContextFromHeaders,
  runWithRequestContext,
} from './request-context';

describe('request context', () => {
  it('keeps acceptable ids from headers and generates the rest (correlation id defaults to the request id)', () => {
    expect(requestContextFromHeaders({ 'x-request-id': 'r-1', 'x-correlation-id': 'c-1' })).toEqual({
      requestId: 'r-1',
      correlationId: 'c-1',
    });
    const generated = requestContextFromHeaders({
      'x-request-id': 'has space',
      'x-correlation-id': 'x'.repeat(129),
    });
    expect(generated.requestId).toMatch(/^req_[0-9A-Z]{26}$/);
    expect(generated.correlationId).toBe(generated.requestId);
  });

  it('is visible across awaits inside runWithRequestContext and absent outside', async () => {
    expect(findRequestContext()).toBeUndefined();
    const seen = await runWithRequestContext({ requestId: 'r', correlationId: 'c' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return currentRequestContext();
    });
    expect(seen).toEqual({ requestId: 'r', correlationId: 'c' });
    expect(currentRequestContext().requestId).toMatch(/^req_/);
  });
});
