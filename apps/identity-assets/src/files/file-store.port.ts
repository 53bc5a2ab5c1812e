/**
 * Where the sealed bytes of document files live. Blobs are opaque (already encrypted by the caller) and addressed by
 * their content: the key is the SHA-256 of the stored bytes, so a blob read back is checked against its address.
 */
export interface FileStore {
  /** Stores the bytes and returns their address; storing the same bytes again is a no-op. */
  put(bytes: Buffer): Promise<string>;
  /** The bytes at an address, or null when there are none (deleted, or never stored). */
  get(storageKey: string): Promise<Buffer | null>;
  /** Deletes for good; deleting what is not there is a no-op. */
  delete(storageKey: string): Promise<void>;
}
