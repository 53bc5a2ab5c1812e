import { randomBytes } from 'node:crypto';
import { openBytes, openJson, SealBrokenError, sealBytes, sealJson } from '../src/crypto/aes-gcm';

describe('AES-256-GCM sealing', () => {
  const key = randomBytes(32);

  it('round-trips a value and never shows the plaintext', () => {
    const sealed = sealJson(key, { name: 'Erika Mustermann' }, 'eu_1');
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('Erika');
    expect(Buffer.from(sealed.slice(3), 'base64url').toString('latin1')).not.toContain('Erika');
    expect(openJson(key, sealed, 'eu_1')).toEqual({ name: 'Erika Mustermann' });
    expect(sealJson(key, { name: 'Erika Mustermann' }, 'eu_1')).not.toBe(sealed);
  });

  it('does not open with another key, another binding, or tampered bytes', () => {
    const sealed = sealBytes(key, Buffer.from('secret'), 'doc_1/file');
    expect(() => openBytes(randomBytes(32), sealed, 'doc_1/file')).toThrow(SealBrokenError);
    expect(() => openBytes(key, sealed, 'doc_2/file')).toThrow(SealBrokenError);
    const tampered = Buffer.from(sealed);
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 1) ^ 1, tampered.length - 1);
    expect(() => openBytes(key, tampered, 'doc_1/file')).toThrow(SealBrokenError);
    expect(() => sealBytes(randomBytes(16), Buffer.from('x'), 'a')).toThrow(TypeError);
  });
});
