import type { PoolClient } from '@compliance/postgres';
import type { NextStep } from '../domain/retry-schedule';

export type Channel = 'WEBHOOK' | 'EMAIL';

export interface ClaimedNotification {
  readonly id: string;
  readonly eventId: string;
  readonly channel: Channel;
  readonly accountId: string;
  readonly bundleId: string;
  readonly target: string;
  readonly body: string;
  readonly attempts: number;
  readonly createdAt: Date;
}

/** One row of `notifications.delivery_attempts`, the delivery log. */
export interface AttemptRecord {
  readonly attempt: number;
  readonly attemptedAt: Date;
  readonly durationMs: number;
  readonly statusCode: number | null;
  readonly error: string | null;
}

interface OutboxRecord {
  id: string;
  event_id: string;
  channel: Channel;
  account_id: string;
  bundle_id: string;
  target: string;
  body: string;
  attempts: number;
  created_at: Date;
}

/**
 * Locks the next due notification that is at the head of its queue (no earlier PENDING one of the same bundle and
 * channel), skipping rows another dispatcher holds. The lock lasts until the caller's transaction ends, so no other
 * instance can make the same attempt; a crash ends the transaction and the row is due again.
 */
export async function claimNext(client: PoolClient, now: Date): Promise<ClaimedNotification | null> {
  const result = await client.query<OutboxRecord>(
    `SELECT o.id, o.event_id, o.channel, o.account_id, o.bundle_id, o.target, o.body, o.attempts, o.created_at
       FROM notifications.outbox o
      WHERE o.status = 'PENDING' AND o.next_attempt_at <= $1
        AND NOT EXISTS (
          SELECT 1 FROM notifications.outbox earlier
           WHERE earlier.bundle_id = o.bundle_id AND earlier.channel = o.channel
             AND earlier.status = 'PENDING' AND earlier.id < o.id)
      ORDER BY o.next_attempt_at, o.id
      LIMIT 1
      FOR UPDATE OF o SKIP LOCKED`,
    [now],
  );
  const row = result.rows[0];
  if (!row) return null;
  return {
    id: row.id,
    eventId: row.event_id,
    channel: row.channel,
    accountId: row.account_id,
    bundleId: row.bundle_id,
    target: row.target,
    body: row.body,
    attempts: row.attempts,
    createdAt: row.created_at,
  };
}

export async function findSigningSecret(client: PoolClient, accountId: string): Promise<string | null> {
  const result = await client.query<{ webhook_signing_secret: string }>(
    'SELECT webhook_signing_secret FROM notifications.account_secrets WHERE account_id = $1',
    [accountId],
  );
  return result.rows[0]?.webhook_signing_secret ?? null;
}

export async function recordDelivered(
  client: PoolClient,
  notification: ClaimedNotification,
  attempt: AttemptRecord,
): Promise<void> {
  await client.query(
    `UPDATE notifications.outbox SET status = 'DELIVERED', attempts = $2, delivered_at = $3, last_error = NULL
      WHERE id = $1`,
    [notification.id, attempt.attempt, attempt.attemptedAt],
  );
  await logAttempt(client, notification, attempt, 'DELIVERED');
}

export async function recordFailed(
  client: PoolClient,
  notification: ClaimedNotification,
  attempt: AttemptRecord,
  next: NextStep,
): Promise<void> {
  if (next.kind === 'RETRY') {
    await client.query(
      `UPDATE notifications.outbox SET attempts = $2, next_attempt_at = $3, last_error = $4 WHERE id = $1`,
      [notification.id, attempt.attempt, next.at, attempt.error],
    );
  } else {
    await client.query(
      `UPDATE notifications.outbox SET status = 'FAILED', attempts = $2, last_error = $3 WHERE id = $1`,
      [notification.id, attempt.attempt, attempt.error],
    );
  }
  await logAttempt(client, notification, attempt, 'FAILED');
}

async function logAttempt(
  client: PoolClient,
  notification: ClaimedNotification,
  attempt: AttemptRecord,
  outcome: 'DELIVERED' | 'FAILED',
): Promise<void> {
  await client.query(
    `INSERT INTO notifications.delivery_attempts
       (outbox_id, attempt, attempted_at, duration_ms, outcome, status_code, error)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      notification.id,
      attempt.attempt,
      attempt.attemptedAt,
      attempt.durationMs,
      outcome,
      attempt.statusCode,
      attempt.error,
    ],
  );
}
