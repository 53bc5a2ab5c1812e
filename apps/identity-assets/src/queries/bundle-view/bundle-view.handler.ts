import {
  isBundleEventType,
  type BundleIntegrationEvent,
  type BundlePhoneNumberCountChangedV1,
  type BundleSnapshotV1,
} from '@compliance/contracts';
import type { RecordedEvent } from '@compliance/event-store';
import type { EventHandler } from '@compliance/messaging';
import type { PoolClient } from 'pg';

/** What the bundle view does after an approval: apply the file-retention rule to each document of the bundle. */
export type OnBundleApproved = (bundle: BundleSnapshotV1) => Promise<void>;

async function applyBundleSnapshot(
  client: PoolClient,
  event: RecordedEvent,
  onApproved: OnBundleApproved,
): Promise<void> {
  if (!isBundleEventType(event.type)) return; // bundle-lifecycle may publish more; this view needs none of them
  const typed = { type: event.type, data: event.data } as BundleIntegrationEvent;
  const bundle: BundleSnapshotV1 = typed.data;
  const { rows } = await client.query<{ revision: string; status: string }>(
    'SELECT revision, status FROM identity.bundle_views WHERE bundle_id = $1 FOR UPDATE',
    [bundle.bundleId],
  );
  const known = rows[0];
  if (known && Number(known.revision) >= event.revision) return; // an older snapshot, delivered late
  const deleted = typed.type === 'BundleDeleted';
  await client.query(
    `INSERT INTO identity.bundle_views (bundle_id, account_id, status, failure_reason, revision, deleted)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (bundle_id) DO UPDATE SET status = EXCLUDED.status, failure_reason = EXCLUDED.failure_reason,
       revision = EXCLUDED.revision, deleted = EXCLUDED.deleted`,
    [bundle.bundleId, bundle.accountId, bundle.status, bundle.failureReason, event.revision, deleted],
  );
  // The reviewer's reasons per item come with the rejection and hold while the bundle stays REJECTED.
  const reasons = new Map<string, string>();
  if (typed.type === 'BundleStatusChanged' && bundle.status === 'REJECTED') {
    for (const failure of typed.data.itemFailures ?? []) reasons.set(failure.itemId, failure.failureReason);
  } else if (bundle.status === 'REJECTED') {
    const kept = await client.query<{ item_id: string; failure_reason: string }>(
      'SELECT item_id, failure_reason FROM identity.bundle_items WHERE bundle_id = $1 AND failure_reason IS NOT NULL',
      [bundle.bundleId],
    );
    for (const row of kept.rows) reasons.set(row.item_id, row.failure_reason);
  }
  await client.query('DELETE FROM identity.bundle_items WHERE bundle_id = $1', [bundle.bundleId]);
  if (!deleted) {
    for (const item of bundle.items) {
      await client.query(
        `INSERT INTO identity.bundle_items (bundle_id, item_id, asset_type, asset_id, failure_reason)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [bundle.bundleId, item.itemId, item.assetType, item.assetId, reasons.get(item.itemId) ?? null],
      );
    }
  }
  if (typed.type === 'BundleStatusChanged' && bundle.status === 'APPROVED') await onApproved(bundle);
}

async function applyNumberCount(client: PoolClient, event: RecordedEvent): Promise<void> {
  if (event.type !== 'BundlePhoneNumberCountChanged') return;
  const data = event.data as BundlePhoneNumberCountChangedV1;
  await client.query(
    `INSERT INTO identity.bundle_numbers (bundle_id, account_id, number_count, last_number_left_at, revision)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (bundle_id) DO UPDATE SET number_count = EXCLUDED.number_count,
       last_number_left_at = EXCLUDED.last_number_left_at, revision = EXCLUDED.revision
     WHERE identity.bundle_numbers.revision < EXCLUDED.revision`,
    [data.bundleId, data.accountId, data.count, data.lastNumberLeftAt, event.revision],
  );
}

/**
 * The local view of other services' bundles (CONVENTIONS.md 10, DESIGN.md "Flow" 5): from `bundles.events` which
 * assets each bundle holds and in which status (asset status, locks, rejection reasons), and from `numbers.events`
 * how many phone numbers each holds (erasure's RETENTION_HOLD). Every event carries the whole snapshot, so only the
 * newest per bundle counts.
 */
export function bundleViewHandler(
  topics: { bundles: string; numbers: string },
  onApproved: OnBundleApproved,
): EventHandler {
  return async (event, client, message) => {
    if (message.topic === topics.bundles) await applyBundleSnapshot(client, event, onApproved);
    else if (message.topic === topics.numbers) await applyNumberCount(client, event);
  };
}
