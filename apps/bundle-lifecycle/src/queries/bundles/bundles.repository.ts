import type { BundleSortField } from '@compliance/contracts';
import type { Pool, PoolClient } from '@compliance/postgres';
import type { BundleItem } from '../../domain/bundle.events';
import type { BundleRow } from './bundle.projection';

type Queryable = Pick<Pool | PoolClient, 'query'>;

interface DbRow {
  bundle_id: string;
  account_id: string;
  status: BundleRow['status'];
  regulation_id: string;
  regulation_version: number;
  country: string;
  number_type: BundleRow['numberType'];
  end_user_type: BundleRow['endUserType'];
  friendly_name: string;
  custom_reference: string | null;
  email: string;
  status_callback: string | null;
  valid_until: Date | null;
  remarks: string | null;
  failure_reason: string | null;
  copied_from: string | null;
  items: BundleItem[];
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  deleted: boolean;
  revision: number;
}

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

function fromDb(row: DbRow): BundleRow {
  return {
    bundleId: row.bundle_id,
    accountId: row.account_id,
    status: row.status,
    regulationId: row.regulation_id,
    regulationVersion: row.regulation_version,
    country: row.country,
    numberType: row.number_type,
    endUserType: row.end_user_type,
    friendlyName: row.friendly_name,
    customReference: row.custom_reference,
    email: row.email,
    statusCallback: row.status_callback,
    validUntil: iso(row.valid_until),
    remarks: row.remarks,
    failureReason: row.failure_reason,
    copiedFrom: row.copied_from,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    items: row.items,
    submittedAt: iso(row.submitted_at),
    deleted: row.deleted,
    revision: row.revision,
  };
}

export async function findBundleRow(db: Queryable, bundleId: string): Promise<BundleRow | null> {
  const { rows } = await db.query<DbRow>('SELECT * FROM bundles.bundles WHERE bundle_id = $1', [bundleId]);
  return rows[0] ? fromDb(rows[0]) : null;
}

export async function saveBundleRow(db: Queryable, row: BundleRow): Promise<void> {
  await db.query(
    `INSERT INTO bundles.bundles (bundle_id, account_id, status, regulation_id, regulation_version, country,
       number_type, end_user_type, friendly_name, custom_reference, email, status_callback, valid_until, remarks,
       failure_reason, copied_from, items, created_at, updated_at, submitted_at, deleted, revision)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22)
     ON CONFLICT (bundle_id) DO UPDATE SET account_id = $2, status = $3, regulation_id = $4,
       regulation_version = $5, country = $6, number_type = $7, end_user_type = $8, friendly_name = $9,
       custom_reference = $10, email = $11, status_callback = $12, valid_until = $13, remarks = $14,
       failure_reason = $15, copied_from = $16, items = $17, created_at = $18, updated_at = $19,
       submitted_at = $20, deleted = $21, revision = $22
     WHERE bundles.bundles.revision < $22`,
    [
      row.bundleId,
      row.accountId,
      row.status,
      row.regulationId,
      row.regulationVersion,
      row.country,
      row.numberType,
      row.endUserType,
      row.friendlyName,
      row.customReference,
      row.email,
      row.statusCallback,
      row.validUntil,
      row.remarks,
      row.failureReason,
      row.copiedFrom,
      JSON.stringify(row.items),
      row.createdAt,
      row.updatedAt,
      row.submittedAt,
      row.deleted,
      row.revision,
    ],
  );
}

export interface BundleFilter {
  accountId: string;
  status?: string;
  country?: string;
  numberType?: string;
  endUserType?: string;
  hasValidUntil?: boolean;
  validUntilBefore?: string;
  copiedFrom?: string;
  sortBy: BundleSortField;
  sortDirection: 'ASC' | 'DESC';
  /** Keyset: the sort value and id of the last row of the previous page. */
  after?: { value: string; bundleId: string };
  limit: number;
}

const SORT_EXPRESSION: Record<BundleSortField, string> = {
  createdAt: 'created_at',
  // Bundles without a deadline sort after every deadline (ASC) or before them (DESC).
  validUntil: "coalesce(valid_until, 'infinity'::timestamptz)",
};

/** One page of an account's bundles; tenancy is part of every query. */
export async function listBundleRows(db: Queryable, filter: BundleFilter): Promise<BundleRow[]> {
  const where = ['account_id = $1', 'NOT deleted'];
  const params: unknown[] = [filter.accountId];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (filter.status !== undefined) add((p) => `status = ${p}`, filter.status);
  if (filter.country !== undefined) add((p) => `country = ${p}`, filter.country);
  if (filter.numberType !== undefined) add((p) => `number_type = ${p}`, filter.numberType);
  if (filter.endUserType !== undefined) add((p) => `end_user_type = ${p}`, filter.endUserType);
  if (filter.hasValidUntil !== undefined)
    where.push(`valid_until IS ${filter.hasValidUntil ? 'NOT ' : ''}NULL`);
  if (filter.validUntilBefore !== undefined)
    add((p) => `valid_until < ${p}::timestamptz`, filter.validUntilBefore);
  if (filter.copiedFrom !== undefined) add((p) => `copied_from = ${p}`, filter.copiedFrom);
  const sort = SORT_EXPRESSION[filter.sortBy];
  const direction = filter.sortDirection === 'ASC' ? 'ASC' : 'DESC';
  if (filter.after) {
    params.push(filter.after.value, filter.after.bundleId);
    const op = direction === 'ASC' ? '>' : '<';
    where.push(`(${sort}, bundle_id) ${op} ($${params.length - 1}::timestamptz, $${params.length})`);
  }
  params.push(filter.limit);
  const { rows } = await db.query<DbRow>(
    `SELECT * FROM bundles.bundles WHERE ${where.join(' AND ')}
     ORDER BY ${sort} ${direction}, bundle_id ${direction} LIMIT $${params.length}`,
    params,
  );
  return rows.map(fromDb);
}

/** The review queue across accounts: oldest submission first. */
export async function listReviewRows(
  db: Queryable,
  statuses: readonly string[],
  after: { value: string; bundleId: string } | undefined,
  limit: number,
): Promise<BundleRow[]> {
  const params: unknown[] = [statuses, limit];
  let keyset = '';
  if (after) {
    params.push(after.value, after.bundleId);
    keyset = 'AND (submitted_at, bundle_id) > ($3::timestamptz, $4)';
  }
  const { rows } = await db.query<DbRow>(
    `SELECT * FROM bundles.bundles WHERE status = ANY($1) AND NOT deleted ${keyset}
     ORDER BY submitted_at ASC, bundle_id ASC LIMIT $2`,
    params,
  );
  return rows.map(fromDb);
}

/** APPROVED bundles of a regulation on a version older than `version`. */
export async function findApprovedOnOlderVersion(
  db: Queryable,
  regulationId: string,
  version: number,
): Promise<string[]> {
  const { rows } = await db.query<{ bundle_id: string }>(
    `SELECT bundle_id FROM bundles.bundles
     WHERE regulation_id = $1 AND regulation_version < $2 AND status = 'APPROVED' AND NOT deleted`,
    [regulationId, version],
  );
  return rows.map((r) => r.bundle_id);
}

/** APPROVED bundles whose validUntil is at or before `now`. */
export async function findExpired(db: Queryable, now: Date, limit: number): Promise<string[]> {
  const { rows } = await db.query<{ bundle_id: string }>(
    `SELECT bundle_id FROM bundles.bundles
     WHERE status = 'APPROVED' AND valid_until IS NOT NULL AND valid_until <= $1 AND NOT deleted
     ORDER BY valid_until LIMIT $2`,
    [now, limit],
  );
  return rows.map((r) => r.bundle_id);
}

/** DRAFT bundles not changed since `before`. */
export async function findStaleDrafts(db: Queryable, before: Date, limit: number): Promise<string[]> {
  const { rows } = await db.query<{ bundle_id: string }>(
    `SELECT bundle_id FROM bundles.bundles
     WHERE status = 'DRAFT' AND updated_at <= $1 AND NOT deleted ORDER BY updated_at LIMIT $2`,
    [before, limit],
  );
  return rows.map((r) => r.bundle_id);
}
