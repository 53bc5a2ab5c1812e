import type { Pool, PoolClient } from '@compliance/postgres';
import type { ApiKeyRow } from './api-key.projection';

interface DbRow {
  key_hash: string;
  api_key_id: string;
  principal_id: string;
  account_id: string | null;
  role: ApiKeyRow['role'];
  created_at: Date;
  revoked_at: Date | null;
}

export async function findApiKeyRow(
  db: Pool | PoolClient,
  apiKeyId: string,
  forUpdate = false,
): Promise<ApiKeyRow | null> {
  const result = await db.query<DbRow>(
    `SELECT key_hash, api_key_id, principal_id, account_id, role, created_at, revoked_at
       FROM gateway.api_keys WHERE api_key_id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [apiKeyId],
  );
  const row = result.rows[0];
  return row
    ? {
        keyHash: row.key_hash,
        apiKeyId: row.api_key_id,
        principalId: row.principal_id,
        accountId: row.account_id,
        role: row.role,
        createdAt: row.created_at.toISOString(),
        revokedAt: row.revoked_at?.toISOString() ?? null,
      }
    : null;
}

export async function saveApiKeyRow(db: PoolClient, row: ApiKeyRow): Promise<void> {
  await db.query(
    `INSERT INTO gateway.api_keys (key_hash, api_key_id, principal_id, account_id, role, created_at, revoked_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (api_key_id) DO UPDATE SET revoked_at = EXCLUDED.revoked_at`,
    [row.keyHash, row.apiKeyId, row.principalId, row.accountId, row.role, row.createdAt, row.revokedAt],
  );
}
