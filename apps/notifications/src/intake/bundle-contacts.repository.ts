import type { PoolClient } from '@compliance/postgres';
import type { BundleContactRow } from '../domain/bundle-contact.projection';

interface ContactRecord {
  bundle_id: string;
  account_id: string;
  status_callback: string | null;
  email: string | null;
  remarks: string | null;
  revision: number;
}

/** Locks the row, so two consumers of one bundle (a rebalance) apply their events one after the other. */
export async function findContactForUpdate(
  client: PoolClient,
  bundleId: string,
): Promise<BundleContactRow | null> {
  const result = await client.query<ContactRecord>(
    `SELECT bundle_id, account_id, status_callback, email, remarks, revision
       FROM notifications.bundle_contacts WHERE bundle_id = $1 FOR UPDATE`,
    [bundleId],
  );
  const row = result.rows[0];
  if (!row) return null;
  return {
    bundleId: row.bundle_id,
    accountId: row.account_id,
    statusCallback: row.status_callback,
    email: row.email,
    remarks: row.remarks,
    revision: row.revision,
  };
}

export async function saveContact(client: PoolClient, row: BundleContactRow): Promise<void> {
  await client.query(
    `INSERT INTO notifications.bundle_contacts (bundle_id, account_id, status_callback, email, remarks, revision)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (bundle_id) DO UPDATE SET status_callback = EXCLUDED.status_callback, email = EXCLUDED.email,
       remarks = EXCLUDED.remarks, revision = EXCLUDED.revision, updated_at = now()`,
    [row.bundleId, row.accountId, row.statusCallback, row.email, row.remarks, row.revision],
  );
}
