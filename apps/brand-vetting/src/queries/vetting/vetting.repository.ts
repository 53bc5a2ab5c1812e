import type { VettingView } from '@compliance/contracts';
import type { Pool, PoolClient } from '@compliance/postgres';
import { vettingViewOf } from '../../domain/brand.views';

type Queryable = Pick<Pool | PoolClient, 'query'>;

export async function findVetting(
  db: Queryable,
  brandId: string,
  vettingId: string,
): Promise<VettingView | null> {
  const { rows } = await db.query<{ view: VettingView }>(
    'SELECT view FROM brand_vetting.vettings WHERE brand_id = $1 AND vetting_id = $2',
    [brandId, vettingId],
  );
  return rows[0] ? vettingViewOf(rows[0].view) : null;
}

export async function saveVetting(
  db: Queryable,
  accountId: string,
  view: VettingView,
  createdRevision: number,
): Promise<void> {
  await db.query(
    `INSERT INTO brand_vetting.vettings (brand_id, vetting_id, account_id, vetting_status, created_revision, view)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (brand_id, vetting_id) DO UPDATE SET view = EXCLUDED.view, vetting_status = EXCLUDED.vetting_status`,
    [view.brandId, view.vettingId, accountId, view.vettingStatus, createdRevision, JSON.stringify(view)],
  );
}

/** Every record of a brand of this account, oldest first. */
export async function listVettings(
  db: Queryable,
  accountId: string,
  brandId: string,
): Promise<VettingView[]> {
  const { rows } = await db.query<{ view: VettingView }>(
    `SELECT view FROM brand_vetting.vettings WHERE brand_id = $1 AND account_id = $2 ORDER BY created_revision`,
    [brandId, accountId],
  );
  return rows.map((row) => vettingViewOf(row.view));
}

/** Records still waiting for their provider, oldest first (what the completion poller works through). */
export async function listPendingVettings(
  db: Queryable,
  limit: number,
): Promise<{ brandId: string; vettingId: string }[]> {
  const { rows } = await db.query<{ brand_id: string; vetting_id: string }>(
    `SELECT brand_id, vetting_id FROM brand_vetting.vettings WHERE vetting_status = 'PENDING'
     ORDER BY view->>'createDate' LIMIT $1`,
    [limit],
  );
  return rows.map((row) => ({ brandId: row.brand_id, vettingId: row.vetting_id }));
}
