import { randomBytes } from 'node:crypto';
import type { Pool } from '@compliance/postgres';
import { KEY_BYTES, openBytes, sealBytes } from './aes-gcm';
import type { MasterKey } from './master-key';

/** The subject's data key was destroyed (erasure): its data can never be read again. */
export class DataKeyDestroyedError extends Error {
  constructor(readonly subjectId: string) {
    super(`the data key of ${subjectId} has been destroyed`);
    this.name = 'DataKeyDestroyedError';
  }
}

interface KeyRow {
  subject_id: string;
  wrapped_key: Buffer | null;
}

/**
 * One AES-256 data key per data subject (an end user, or an asset not linked to one), kept in
 * `identity.data_keys` wrapped (AES-256-GCM) by the master key. Destroying a key is the erasure: every value sealed
 * with it, in events, read models and files, is unreadable from then on. Keys are read from the table on every use
 * (no cache), so an erasure takes effect at once in every instance.
 */
export class KeyRing {
  constructor(
    private readonly pool: Pool,
    private readonly master: MasterKey,
  ) {}

  /** The subject's key, created when it has none; DataKeyDestroyedError once erased. */
  async keyFor(subjectId: string, accountId: string): Promise<Buffer> {
    const key = randomBytes(KEY_BYTES);
    await this.pool.query(
      `INSERT INTO identity.data_keys (subject_id, account_id, wrapped_key, master_key_id)
       VALUES ($1, $2, $3, $4) ON CONFLICT (subject_id) DO NOTHING`,
      [subjectId, accountId, this.wrap(subjectId, key), this.master.keyId],
    );
    const existing = await this.existingKey(subjectId);
    if (!existing) throw new DataKeyDestroyedError(subjectId);
    return existing;
  }

  /** The subject's key, or null when it was destroyed or never existed. */
  async existingKey(subjectId: string): Promise<Buffer | null> {
    return (await this.existingKeys([subjectId])).get(subjectId) ?? null;
  }

  /** Keys of many subjects at once (a page of a list); destroyed or unknown ones are absent. */
  async existingKeys(subjectIds: readonly string[]): Promise<Map<string, Buffer>> {
    const unique = [...new Set(subjectIds)];
    const keys = new Map<string, Buffer>();
    if (unique.length === 0) return keys;
    const { rows } = await this.pool.query<KeyRow>(
      'SELECT subject_id, wrapped_key FROM identity.data_keys WHERE subject_id = ANY($1) AND wrapped_key IS NOT NULL',
      [unique],
    );
    for (const row of rows) {
      if (row.wrapped_key)
        keys.set(row.subject_id, openBytes(this.master.key, row.wrapped_key, row.subject_id));
    }
    return keys;
  }

  /**
   * Crypto-shredding: the wrapped key is overwritten and the table vacuumed so the old row version goes too.
   * Idempotent. Backups and WAL archives taken before still hold the wrapped key (see ADR 0007).
   */
  async destroy(subjectId: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO identity.data_keys (subject_id, account_id, wrapped_key, master_key_id, destroyed_at)
       VALUES ($1, '', NULL, $2, now())
       ON CONFLICT (subject_id) DO UPDATE SET wrapped_key = NULL, destroyed_at = COALESCE(identity.data_keys.destroyed_at, now())`,
      [subjectId, this.master.keyId],
    );
    await this.pool.query('VACUUM identity.data_keys');
  }

  private wrap(subjectId: string, key: Buffer): Buffer {
    return sealBytes(this.master.key, key, subjectId);
  }
}
