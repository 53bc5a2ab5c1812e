import { hashApiKey } from '@compliance/contracts';
import { ApiKeyFactory } from './api-key-factory';

describe('ApiKeyFactory', () => {
  const factory = new ApiKeyFactory('s'.repeat(40));

  it('gives the same key for the same id (so a replayed command answers the same) and its hash', () => {
    const first = factory.keyFor('key_1');
    expect(factory.keyFor('key_1')).toEqual(first);
    expect(first.apiKey).toMatch(/^ck_live_[A-Za-z0-9_-]{43}$/);
    expect(first.keyHash).toBe(hashApiKey(first.apiKey));
  });

  it('gives different keys for different ids and different secrets', () => {
    expect(factory.keyFor('key_2').apiKey).not.toBe(factory.keyFor('key_1').apiKey);
    expect(new ApiKeyFactory('t'.repeat(40)).keyFor('key_1').apiKey).not.toBe(factory.keyFor('key_1').apiKey);
  });

  it('refuses a short secret', () => {
    expect(() => new ApiKeyFactory('short')).toThrow();
  });
});
