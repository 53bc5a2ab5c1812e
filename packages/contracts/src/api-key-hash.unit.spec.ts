import { hashApiKey } from './api-key-hash';

describe('hashApiKey', () => {
  it('is the SHA-256 hex of the whole key', () => {
    expect(hashApiKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('differs for keys that differ in one character', () => {
    expect(hashApiKey('ck_live_a')).not.toBe(hashApiKey('ck_live_b'));
  });
});
