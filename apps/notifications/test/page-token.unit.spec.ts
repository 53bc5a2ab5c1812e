import { decodePageToken, encodePageToken } from '../src/queries/delivery-log/page-token';

describe('delivery-log page tokens', () => {
  it('round-trip the id the next page starts after', () => {
    expect(decodePageToken(encodePageToken('12345'))).toBe('12345');
  });

  it.each([
    '',
    'not-a-token',
    Buffer.from('n:abc').toString('base64url'),
    Buffer.from(`n:${'9'.repeat(19)}`).toString('base64url'),
    'a'.repeat(65),
    "bjox' OR 1=1",
  ])('refuses %j', (token) => {
    expect(decodePageToken(token)).toBeNull();
  });
});
