import { START } from '../event-store.port';
import { decodeEventStoreDbPosition, encodeEventStoreDbPosition } from './eventstoredb-position';

describe('EventStoreDB positions', () => {
  it('round-trips commit and prepare as "<commit>/<prepare>"', () => {
    const position = { commit: 18446744073709551615n, prepare: 1234n };
    expect(encodeEventStoreDbPosition(position)).toBe('18446744073709551615/1234');
    expect(decodeEventStoreDbPosition('18446744073709551615/1234')).toEqual(position);
  });

  it('decodes START as before everything', () => {
    expect(decodeEventStoreDbPosition(START)).toBeNull();
  });

  it.each(['', '1', '1:2', '1/2/3', 'x/1', '-1/2'])('rejects %j', (bad) => {
    expect(() => decodeEventStoreDbPosition(bad)).toThrow(TypeError);
  });
});
