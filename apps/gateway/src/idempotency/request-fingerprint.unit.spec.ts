import { canonicalJson, requestFingerprint } from './request-fingerprint';

describe('request fingerprint', () => {
  it('ignores the order of object keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}',
    );
    expect(requestFingerprint('POST', '/p', { a: 1, b: 2 })).toBe(
      requestFingerprint('POST', '/p', { b: 2, a: 1 }),
    );
  });

  it('differs by body, path and method', () => {
    const base = requestFingerprint('POST', '/p', { a: 1 });
    expect(requestFingerprint('POST', '/p', { a: 2 })).not.toBe(base);
    expect(requestFingerprint('POST', '/q', { a: 1 })).not.toBe(base);
    expect(requestFingerprint('PUT', '/p', { a: 1 })).not.toBe(base);
    expect(requestFingerprint('POST', '/p', undefined)).not.toBe(requestFingerprint('POST', '/p', null));
  });
});
