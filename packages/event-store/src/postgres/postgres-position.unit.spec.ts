import { START } from '../event-store.port';
import { decodePostgresPosition, encodePostgresPosition } from './postgres-position';

describe('PostgreSQL positions', () => {
  it('round-trips transaction id and sequence, including values beyond 2^53', () => {
    const position = { transactionId: 18446744073709551615n, sequence: 9007199254740993n };
    const encoded = encodePostgresPosition(position);
    expect(encoded).toBe('18446744073709551615:9007199254740993');
    expect(decodePostgresPosition(encoded)).toEqual(position);
  });

  it('decodes START as before everything', () => {
    expect(decodePostgresPosition(START)).toBeNull();
  });

  it.each(['', '12', '1:2:3', '-1:2', 'a:1', '1/2', ' 1:2'])('rejects %j', (bad) => {
    expect(() => decodePostgresPosition(bad)).toThrow(TypeError);
  });
});
