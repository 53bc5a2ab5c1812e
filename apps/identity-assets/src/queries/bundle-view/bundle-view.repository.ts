import type { BundleStatus } from '@compliance/contracts';
import type { Pool, PoolClient } from 'pg';
import { deriveAssetStatus, type BundleMembership, type DerivedAssetStatus } from '../../domain/asset-status';
import type { RetainedBundle } from '../../domain/retention-hold';

type Queryable = Pick<Pool | PoolClient, 'query'>;

const NOT_IN_ANY_BUNDLE = deriveAssetStatus([]);

/** Status, failure reason and locking bundles of each asset, from the local view of bundles.events. */
export async function assetStatuses(
  db: Queryable,
  assetIds: readonly string[],
): Promise<Map<string, DerivedAssetStatus>> {
  const memberships = new Map<string, BundleMembership[]>();
  if (assetIds.length > 0) {
    const { rows } = await db.query<{
      asset_id: string;
      bundle_id: string;
      status: BundleStatus;
      failure_reason: string | null;
      item_failure_reason: string | null;
    }>(
      `SELECT i.asset_id, v.bundle_id, v.status, v.failure_reason, i.failure_reason AS item_failure_reason
         FROM identity.bundle_items i JOIN identity.bundle_views v USING (bundle_id)
        WHERE i.asset_id = ANY($1) AND NOT v.deleted`,
      [[...assetIds]],
    );
    for (const row of rows) {
      const list = memberships.get(row.asset_id) ?? [];
      list.push({
        bundleId: row.bundle_id,
        status: row.status,
        failureReason: row.failure_reason,
        itemFailureReason: row.item_failure_reason,
      });
      memberships.set(row.asset_id, list);
    }
  }
  return new Map(assetIds.map((id) => [id, deriveAssetStatus(memberships.get(id) ?? [])]));
}

export async function assetStatus(db: Queryable, assetId: string): Promise<DerivedAssetStatus> {
  return (await assetStatuses(db, [assetId])).get(assetId) ?? NOT_IN_ANY_BUNDLE;
}

/** Bundles holding the end user or any asset sealed with their key, with their phone-number counts. */
export async function bundlesOfSubject(db: Queryable, subjectId: string): Promise<RetainedBundle[]> {
  const { rows } = await db.query<{
    bundle_id: string;
    status: BundleStatus;
    number_count: number | null;
    last_number_left_at: Date | null;
  }>(
    `SELECT DISTINCT v.bundle_id, v.status, n.number_count, n.last_number_left_at
       FROM identity.bundle_items i
       JOIN identity.bundle_views v USING (bundle_id)
       LEFT JOIN identity.bundle_numbers n USING (bundle_id)
      WHERE NOT v.deleted
        AND (i.asset_id = $1
             OR i.asset_id IN (SELECT address_id FROM identity.addresses WHERE subject_id = $1)
             OR i.asset_id IN (SELECT document_id FROM identity.documents WHERE subject_id = $1))`,
    [subjectId],
  );
  return rows.map((row) => ({
    bundleId: row.bundle_id,
    status: row.status,
    numberCount: row.number_count ?? 0,
    lastNumberLeftAt: row.last_number_left_at?.toISOString() ?? null,
  }));
}
