import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileStore } from './file-store.port';

const ADDRESS = /^[0-9a-f]{64}$/;

/** Thrown when a stored blob no longer matches its address (disk corruption or tampering). */
export class CorruptBlobError extends Error {
  constructor(storageKey: string) {
    super(`stored blob ${storageKey} does not match its content address`);
    this.name = 'CorruptBlobError';
  }
}

/**
 * The local-filesystem FileStore: `<root>/<aa>/<bb>/<sha256>`, written to a temporary name and renamed, so a crash
 * never leaves half a blob under its address.
 */
export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  async put(bytes: Buffer): Promise<string> {
    const storageKey = createHash('sha256').update(bytes).digest('hex');
    const target = this.pathOf(storageKey);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, bytes, { mode: 0o600 });
    await rename(temporary, target);
    return storageKey;
  }

  async get(storageKey: string): Promise<Buffer | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.pathOf(storageKey));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    if (createHash('sha256').update(bytes).digest('hex') !== storageKey)
      throw new CorruptBlobError(storageKey);
    return bytes;
  }

  async delete(storageKey: string): Promise<void> {
    await rm(this.pathOf(storageKey), { force: true });
  }

  private pathOf(storageKey: string): string {
    if (!ADDRESS.test(storageKey)) throw new TypeError(`not a content address: ${storageKey.slice(0, 80)}`);
    return path.join(this.root, storageKey.slice(0, 2), storageKey.slice(2, 4), storageKey);
  }
}
