import type { PoolClient } from '@compliance/postgres';
import type { PlannedNotification } from '../domain/bundle-notification';

/** Dispatchers LISTEN on it; PostgreSQL delivers the NOTIFY only when the enqueuing transaction commits. */
export const OUTBOX_CHANNEL = 'notifications_outbox';

export interface OutboxEntry {
  readonly eventId: string;
  readonly accountId: string;
  readonly bundleId: string;
  readonly createdAt: Date;
  readonly notification: PlannedNotification;
}

/** Idempotent by (event id, channel): a redelivered bundle event enqueues nothing new. Returns whether it did. */
export async function enqueueNotification(client: PoolClient, entry: OutboxEntry): Promise<boolean> {
  const result = await client.query(
    `INSERT INTO notifications.outbox
       (event_id, channel, account_id, bundle_id, target, body, created_at, next_attempt_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
     ON CONFLICT (event_id, channel) DO NOTHING`,
    [
      entry.eventId,
      entry.notification.channel,
      entry.accountId,
      entry.bundleId,
      entry.notification.target,
      entry.notification.body,
      entry.createdAt,
    ],
  );
  return (result.rowCount ?? 0) > 0;
}

export async function signalOutbox(client: PoolClient): Promise<void> {
  await client.query(`NOTIFY ${OUTBOX_CHANNEL}`);
}
