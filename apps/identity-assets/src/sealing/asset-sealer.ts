import { openBytes, openJson, sealBytes, sealJson } from '../crypto/aes-gcm';
import type { KeyRing } from '../crypto/key-ring';

/**
 * Seals an asset's personal data with its data subject's key, bound to the asset's id (so a sealed value moved onto
 * another asset does not open). File bytes are bound to `<assetId>/file`.
 */
export class AssetSealer {
  constructor(readonly keys: KeyRing) {}

  async seal(subjectId: string, accountId: string, assetId: string, secret: unknown): Promise<string> {
    return sealJson(await this.keys.keyFor(subjectId, accountId), secret, assetId);
  }

  async sealFile(subjectId: string, accountId: string, assetId: string, bytes: Buffer): Promise<Buffer> {
    return sealBytes(await this.keys.keyFor(subjectId, accountId), bytes, `${assetId}/file`);
  }

  open<T>(key: Buffer, sealed: string, assetId: string): T {
    return openJson<T>(key, sealed, assetId);
  }

  openFile(key: Buffer, sealed: Buffer, assetId: string): Buffer {
    return openBytes(key, sealed, `${assetId}/file`);
  }
}
