import { fromKafkaHeaders, toKafkaHeaders } from './request-headers';

describe('request headers', () => {
  it('round-trip the request context through Kafka headers (as Buffers, the way kafkajs delivers them)', () => {
    const headers = toKafkaHeaders({
      requestId: 'r1',
      correlationId: 'c1',
      actor: 'staff_bootstrap',
      accountId: 'acc_1',
    });
    const received = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Buffer.from(v)]));
    expect(fromKafkaHeaders(received)).toEqual({
      requestId: 'r1',
      correlationId: 'c1',
      actor: 'staff_bootstrap',
      accountId: 'acc_1',
    });
  });

  it('leaves out a null account', () => {
    expect(
      fromKafkaHeaders(toKafkaHeaders({ requestId: 'r', correlationId: 'c', actor: 'a', accountId: null })),
    ).toEqual({
      requestId: 'r',
      correlationId: 'c',
      actor: 'a',
    });
  });
});
