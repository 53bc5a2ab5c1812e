import type { Pool, PoolClient } from 'pg';
import type { AddressRow, DocumentRow, EndUserRow } from './asset-rows';

export interface AssetTable<TRow> {
  readonly table: string;
  readonly idColumn: string;
  readonly idOf: (row: TRow) => string;
}

export const END_USERS: AssetTable<EndUserRow> = {
  table: 'identity.end_users',
  idColumn: 'end_user_id',
  idOf: (row) => row.endUserId,
};
export const ADDRESSES: AssetTable<AddressRow> = {
  table: 'identity.addresses',
  idColumn: 'address_id',
  idOf: (row) => row.addressId,
};
export const DOCUMENTS: AssetTable<DocumentRow> = {
  table: 'identity.documents',
  idColumn: 'document_id',
  idOf: (row) => row.documentId,
};

const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camel = (name: string): string => name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

function fromDb<TRow>(record: Record<string, unknown>): TRow {
  const row: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(record)) {
    row[camel(column)] = value instanceof Date ? value.toISOString() : value;
  }
  return row as TRow;
}

type Queryable = Pick<Pool | PoolClient, 'query'>;

export async function findRow<TRow>(
  db: Queryable,
  table: AssetTable<TRow>,
  id: string,
  options: { accountId?: string; forUpdate?: boolean } = {},
): Promise<TRow | null> {
  const params: unknown[] = [id];
  let where = `${table.idColumn} = $1`;
  if (options.accountId !== undefined) {
    params.push(options.accountId);
    where += ' AND account_id = $2';
  }
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT * FROM ${table.table} WHERE ${where}${options.forUpdate ? ' FOR UPDATE' : ''}`,
    params,
  );
  return rows[0] ? fromDb<TRow>(rows[0]) : null;
}

/** One page of an account's assets in id order (ids are time-ordered ULIDs): oldest first. */
export async function listRows<TRow>(
  db: Queryable,
  table: AssetTable<TRow>,
  accountId: string,
  after: string | null,
  limit: number,
): Promise<TRow[]> {
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT * FROM ${table.table} WHERE account_id = $1 AND ($2::text IS NULL OR ${table.idColumn} > $2)
     ORDER BY ${table.idColumn} LIMIT $3`,
    [accountId, after, limit],
  );
  return rows.map((record) => fromDb<TRow>(record));
}

export async function findRows<TRow>(
  db: Queryable,
  table: AssetTable<TRow>,
  accountId: string,
  ids: readonly string[],
): Promise<TRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT * FROM ${table.table} WHERE account_id = $1 AND ${table.idColumn} = ANY($2)`,
    [accountId, [...ids]],
  );
  return rows.map((record) => fromDb<TRow>(record));
}

/** Writes the row as the projection decided it: null deletes. */
export async function saveRow<TRow extends object>(
  client: Queryable,
  table: AssetTable<TRow>,
  id: string,
  row: TRow | null,
): Promise<void> {
  if (row === null) {
    await client.query(`DELETE FROM ${table.table} WHERE ${table.idColumn} = $1`, [id]);
    return;
  }
  const entries: [string, unknown][] = Object.entries(row);
  const columns = entries.map(([name]) => snake(name));
  const values = entries.map(([, value]) => value);
  const updates = columns.filter((c) => c !== table.idColumn).map((c) => `${c} = EXCLUDED.${c}`);
  await client.query(
    `INSERT INTO ${table.table} (${columns.join(', ')}) VALUES (${columns.map((_c, i) => `$${i + 1}`).join(', ')})
     ON CONFLICT (${table.idColumn}) DO UPDATE SET ${updates.join(', ')}`,
    values,
  );
}
