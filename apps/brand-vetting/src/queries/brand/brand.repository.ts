import type { BrandView } from '@compliance/contracts';
import type { Pool, PoolClient } from '@compliance/postgres';
import { brandViewOf } from '../../domain/brand.views';

type Queryable = Pick<Pool | PoolClient, 'query'>;

export interface BrandRow {
  view: BrandView;
  revision: number;
}

export async function findBrand(db: Queryable, brandId: string): Promise<BrandRow | null> {
  const { rows } = await db.query<{ view: BrandView; revision: number }>(
    'SELECT view, revision FROM brand_vetting.brands WHERE brand_id = $1',
    [brandId],
  );
  return rows[0] ? { view: brandViewOf(rows[0].view), revision: rows[0].revision } : null;
}

/** The brand of this account only: another account's brand reads as absent. */
export async function findAccountBrand(
  db: Queryable,
  accountId: string,
  brandId: string,
): Promise<BrandView | null> {
  const { rows } = await db.query<{ view: BrandView }>(
    'SELECT view FROM brand_vetting.brands WHERE brand_id = $1 AND account_id = $2',
    [brandId, accountId],
  );
  return rows[0] ? brandViewOf(rows[0].view) : null;
}

export async function saveBrand(db: Queryable, view: BrandView, revision: number): Promise<void> {
  await db.query(
    `INSERT INTO brand_vetting.brands (brand_id, account_id, revision, view) VALUES ($1, $2, $3, $4)
     ON CONFLICT (brand_id) DO UPDATE SET view = EXCLUDED.view, revision = EXCLUDED.revision
     WHERE brand_vetting.brands.revision < EXCLUDED.revision`,
    [view.brandId, view.accountId, revision, JSON.stringify(view)],
  );
}

/** Brands of an account in id order (ids are time-ordered), after `afterBrandId`; one more than asked tells a next page. */
export async function listBrands(
  db: Queryable,
  accountId: string,
  limit: number,
  afterBrandId: string | null,
): Promise<BrandView[]> {
  const { rows } = await db.query<{ view: BrandView }>(
    `SELECT view FROM brand_vetting.brands
     WHERE account_id = $1 AND ($2::text IS NULL OR brand_id > $2)
     ORDER BY brand_id LIMIT $3`,
    [accountId, afterBrandId, limit],
  );
  return rows.map((row) => brandViewOf(row.view));
}
