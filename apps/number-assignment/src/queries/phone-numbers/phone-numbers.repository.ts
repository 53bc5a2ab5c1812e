import type { PhoneNumberStatus } from '@compliance/contracts';
import type { Pool, PoolClient } from '@compliance/postgres';
import type { BundleNumberCountRow } from '../bundle-number-counts/bundle-number-count.projection';
import type { PhoneNumberRow } from './phone-number.projection';

type Queryable = Pick<Pool | PoolClient, 'query'>;

interface DbRow {
  phone_number: string;
  account_id: string;
  bundle_id: string;
  status: PhoneNumberStatus;
  attached_at: string | null;
  updated_at: string;
}

function fromDb(row: DbRow): PhoneNumberRow {
  return {
    phoneNumber: row.phone_number,
    accountId: row.account_id,
    bundleId: row.bundle_id,
    status: row.status,
    attachedAt: row.attached_at,
    updatedAt: row.updated_at,
  };
}

const COLUMNS = 'phone_number, account_id, bundle_id, status, attached_at, updated_at';

export async function findPhoneNumber(db: Queryable, phoneNumber: string): Promise<PhoneNumberRow | null> {
  const { rows } = await db.query<DbRow>(
    `SELECT ${COLUMNS} FROM numbers.phone_numbers WHERE phone_number = $1`,
    [phoneNumber],
  );
  return rows[0] ? fromDb(rows[0]) : null;
}

/** Writes the row of the number's stream revision; an older revision (a late redelivery) changes nothing. */
export async function upsertPhoneNumber(db: Queryable, row: PhoneNumberRow, revision: number): Promise<void> {
  await db.query(
    `INSERT INTO numbers.phone_numbers (${COLUMNS}, revision) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (phone_number) DO UPDATE SET account_id = EXCLUDED.account_id, bundle_id = EXCLUDED.bundle_id,
       status = EXCLUDED.status, attached_at = EXCLUDED.attached_at, updated_at = EXCLUDED.updated_at,
       revision = EXCLUDED.revision
     WHERE numbers.phone_numbers.revision < EXCLUDED.revision`,
    [row.phoneNumber, row.accountId, row.bundleId, row.status, row.attachedAt, row.updatedAt, revision],
  );
}

/** The numbers whose latest bundle is this one (of this account), in E.164 order after `after`. */
export async function listBundleNumbers(
  db: Queryable,
  filter: { accountId: string; bundleId: string; status?: PhoneNumberStatus; after?: string; limit: number },
): Promise<PhoneNumberRow[]> {
  const { rows } = await db.query<DbRow>(
    `SELECT ${COLUMNS} FROM numbers.phone_numbers
     WHERE account_id = $1 AND bundle_id = $2 AND ($3::text IS NULL OR status = $3)
       AND ($4::text IS NULL OR phone_number > $4)
     ORDER BY phone_number LIMIT $5`,
    [filter.accountId, filter.bundleId, filter.status ?? null, filter.after ?? null, filter.limit],
  );
  return rows.map(fromDb);
}

export async function upsertBundleCount(
  db: Queryable,
  row: BundleNumberCountRow,
  revision: number,
): Promise<void> {
  await db.query(
    `INSERT INTO numbers.bundle_number_counts (bundle_id, account_id, count, last_number_left_at, updated_at, revision)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (bundle_id) DO UPDATE SET count = EXCLUDED.count,
       last_number_left_at = EXCLUDED.last_number_left_at, updated_at = EXCLUDED.updated_at, revision = EXCLUDED.revision
     WHERE numbers.bundle_number_counts.revision < EXCLUDED.revision`,
    [row.bundleId, row.accountId, row.count, row.lastNumberLeftAt, row.updatedAt, revision],
  );
}

export async function findBundleCount(db: Queryable, bundleId: string): Promise<BundleNumberCountRow | null> {
  const { rows } = await db.query<{
    bundle_id: string;
    account_id: string;
    count: number;
    last_number_left_at: string | null;
    updated_at: string;
  }>(
    `SELECT bundle_id, account_id, count, last_number_left_at, updated_at FROM numbers.bundle_number_counts
     WHERE bundle_id = $1`,
    [bundleId],
  );
  const row = rows[0];
  return row
    ? {
        bundleId: row.bundle_id,
        accountId: row.account_id,
        count: row.count,
        lastNumberLeftAt: row.last_number_left_at,
        updatedAt: row.updated_at,
      }
    : null;
}
