import type { Pool, PoolClient } from '@compliance/postgres';
import type { AccountRow } from './account.projection';

interface DbRow {
  account_id: string;
  name: string;
  created_at: Date;
  api_keys: AccountRow['apiKeys'];
}

const toRow = (row: DbRow): AccountRow => ({
  accountId: row.account_id,
  name: row.name,
  createdAt: row.created_at.toISOString(),
  apiKeys: row.api_keys,
});

/** `accounts.accounts`: every read names its account (tenancy in the service, not only in the gateway). */
export async function findAccount(
  db: Pool | PoolClient,
  accountId: string,
  forUpdate = false,
): Promise<AccountRow | null> {
  const result = await db.query<DbRow>(
    `SELECT account_id, name, created_at, api_keys FROM accounts.accounts WHERE account_id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [accountId],
  );
  const row = result.rows[0];
  return row ? toRow(row) : null;
}

export async function saveAccount(db: PoolClient, row: AccountRow): Promise<void> {
  await db.query(
    `INSERT INTO accounts.accounts (account_id, name, created_at, api_keys) VALUES ($1, $2, $3, $4)
     ON CONFLICT (account_id) DO UPDATE SET name = EXCLUDED.name, created_at = EXCLUDED.created_at, api_keys = EXCLUDED.api_keys`,
    [row.accountId, row.name, row.createdAt, JSON.stringify(row.apiKeys)],
  );
}
