import type { Pool, PoolClient } from '@compliance/postgres';
import type { EndUserType, NumberType, Requirement } from '../../domain/catalog.types';
import type { RequirementsFilter } from '../../domain/normalise';
import type { RegulationVersionRow } from './regulation-version.projection';

type Queryable = Pick<Pool | PoolClient, 'query'>;

interface DbRow {
  regulation_id: string;
  version: number;
  country: string;
  number_type: string;
  end_user_type: string;
  friendly_name: string;
  published_at: string;
  grace_period_days: number;
  requirement: Requirement;
}

const COLUMNS =
  'regulation_id, version, country, number_type, end_user_type, friendly_name, published_at, grace_period_days, requirement';

function fromDb(row: DbRow): RegulationVersionRow {
  return {
    regulationId: row.regulation_id,
    version: row.version,
    country: row.country,
    numberType: row.number_type as NumberType,
    endUserType: row.end_user_type as EndUserType,
    friendlyName: row.friendly_name,
    publishedAt: row.published_at,
    requirement: row.requirement,
    gracePeriodDays: row.grace_period_days,
  };
}

export async function findVersion(
  db: Queryable,
  regulationId: string,
  version: number,
): Promise<RegulationVersionRow | null> {
  const { rows } = await db.query<DbRow>(
    `SELECT ${COLUMNS} FROM catalog.regulation_versions WHERE regulation_id = $1 AND version = $2`,
    [regulationId, version],
  );
  return rows[0] ? fromDb(rows[0]) : null;
}

/** A version is never rewritten: a second insert of the same key does nothing. */
export async function insertVersion(db: Queryable, row: RegulationVersionRow): Promise<void> {
  await db.query(
    `INSERT INTO catalog.regulation_versions (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (regulation_id, version) DO NOTHING`,
    [
      row.regulationId,
      row.version,
      row.country,
      row.numberType,
      row.endUserType,
      row.friendlyName,
      row.publishedAt,
      row.gracePeriodDays,
      JSON.stringify(row.requirement),
    ],
  );
}

/** Every version of one regulation. */
export async function findVersions(db: Queryable, regulationId: string): Promise<RegulationVersionRow[]> {
  const { rows } = await db.query<DbRow>(
    `SELECT ${COLUMNS} FROM catalog.regulation_versions WHERE regulation_id = $1 ORDER BY version`,
    [regulationId],
  );
  return rows.map(fromDb);
}

/** The latest version of each regulation matching the (normalised) filter. */
export async function findLatestVersions(
  db: Queryable,
  filter: RequirementsFilter,
): Promise<RegulationVersionRow[]> {
  const { rows } = await db.query<DbRow>(
    `SELECT DISTINCT ON (regulation_id) ${COLUMNS} FROM catalog.regulation_versions
     WHERE ($1::text IS NULL OR country = $1)
       AND ($2::text IS NULL OR number_type = $2)
       AND ($3::text IS NULL OR end_user_type = $3)
     ORDER BY regulation_id, version DESC`,
    [filter.country ?? null, filter.numberType ?? null, filter.endUserType ?? null],
  );
  return rows.map(fromDb);
}
