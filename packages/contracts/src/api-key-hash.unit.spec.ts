import { generateApiKey, hashApiKey, isApiKeyHash } from './api-key-hash';

describe('hashApiKey', () => {
  it('is the SHA-256 hex of the whole key', () => {
    expect(hashApiKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('differs for keys that differ in one character', () => {
    expect(hashApiKey('ck_live_a')).not.toBe(hashApiKey('ck_live_b'));
  });
});

describe('generateApiKey', () => {
  it('mints a prefixed 256-bit key with its hash, different every time', () => {
    const first = generateApiKey();
    const second = generateApiKey();
    expect(first.apiKey).toMatch(/^ck_live_[A-Za-z0-9_-]{43}$/);
    expect(first.keyHash).toBe(hashApiKey(first.apiKey));
    expect(isApiKeyHash(first.keyHash)).toBe(true);
    expect(second.apiKey).not.toBe(first.apiKey);
  });

  it('recognises only lowercase SHA-256 hex as a key hash', () => {
    expect(isApiKeyHash('ck_live_abc')).toBe(false);
    expect(isApiKeyHash('A'.repeat(64))).toBe(false);
    expect(isApiKeyHash(undefined)).toBe(false);
  });
});
