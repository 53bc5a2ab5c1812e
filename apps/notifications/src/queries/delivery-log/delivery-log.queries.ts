import {
  NOTIFICATIONS_MAX_PAGE_SIZE,
  type ListBundleNotificationsRequest,
  type NotificationAttemptView,
  type NotificationPage,
  type NotificationView,
} from '@compliance/contracts';
import { NotFoundError, ValidationError } from '@compliance/event-sourcing';
import type { Pool } from '@compliance/postgres';
import { decodePageToken, encodePageToken } from './page-token';

interface NotificationRecord {
  id: string;
  event_id: string;
  bundle_id: string;
  channel: NotificationView['channel'];
  target: string;
  status: NotificationView['status'];
  created_at: Date;
  next_attempt_at: Date;
  delivered_at: Date | null;
  attempts: Array<{
    attempt: number;
    attempted_at: string;
    duration_ms: number;
    outcome: NotificationAttemptView['outcome'];
    status_code: number | null;
    error: string | null;
  }>;
}

/**
 * A bundle's notifications with their delivery log, oldest first. The bundle must belong to the account of the path;
 * anything else is NOT_FOUND (another account's bundle looks exactly like an unknown one).
 */
export async function listBundleNotifications(
  pool: Pool,
  request: ListBundleNotificationsRequest,
): Promise<NotificationPage> {
  const { accountId, bundleId } = request;
  const pageSize = Math.min(
    Math.max(Math.trunc(Number(request.pageSize)) || 20, 1),
    NOTIFICATIONS_MAX_PAGE_SIZE,
  );
  let after = '0';
  if (request.pageToken !== undefined) {
    const decoded = decodePageToken(String(request.pageToken));
    if (decoded === null) {
      throw new ValidationError(
        [
          {
            field: 'pageToken',
            code: 'INVALID',
            message: 'Pass the nextPageToken of the previous page as it came.',
          },
        ],
        'pageToken is not a token this endpoint issued',
      );
    }
    after = decoded;
  }
  const bundle = await pool.query(
    'SELECT 1 FROM notifications.bundle_contacts WHERE bundle_id = $1 AND account_id = $2',
    [String(bundleId), String(accountId)],
  );
  if (bundle.rowCount === 0) throw new NotFoundError('bundle', String(bundleId).slice(0, 64));

  const result = await pool.query<NotificationRecord>(
    `SELECT o.id, o.event_id, o.bundle_id, o.channel, o.target, o.status, o.created_at, o.next_attempt_at,
            o.delivered_at,
            COALESCE((SELECT json_agg(json_build_object(
                        'attempt', a.attempt, 'attempted_at', a.attempted_at, 'duration_ms', a.duration_ms,
                        'outcome', a.outcome, 'status_code', a.status_code, 'error', a.error) ORDER BY a.attempt)
                        FROM notifications.delivery_attempts a WHERE a.outbox_id = o.id), '[]'::json) AS attempts
       FROM notifications.outbox o
      WHERE o.account_id = $1 AND o.bundle_id = $2 AND o.id > $3
      ORDER BY o.id
      LIMIT $4`,
    [accountId, bundleId, after, pageSize + 1],
  );
  const rows = result.rows.slice(0, pageSize);
  const last = rows.at(-1);
  return {
    data: rows.map(toView),
    nextPageToken: result.rows.length > pageSize && last ? encodePageToken(last.id) : null,
  };
}

function toView(row: NotificationRecord): NotificationView {
  return {
    eventId: row.event_id,
    bundleId: row.bundle_id,
    channel: row.channel,
    target: row.target,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    nextAttemptAt: row.status === 'PENDING' ? row.next_attempt_at.toISOString() : null,
    deliveredAt: row.delivered_at?.toISOString() ?? null,
    attempts: row.attempts.map((a) => ({
      attempt: a.attempt,
      attemptedAt: new Date(a.attempted_at).toISOString(),
      durationMs: a.duration_ms,
      outcome: a.outcome,
      statusCode: a.status_code,
      error: a.error,
    })),
  };
}
