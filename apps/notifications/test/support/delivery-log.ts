import type { Pool } from '@compliance/postgres';

export interface OutboxRow {
  id: string;
  event_id: string;
  channel: 'WEBHOOK' | 'EMAIL';
  bundle_id: string;
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  attempts: number;
  created_at: Date;
  next_attempt_at: Date;
  last_error: string | null;
}

export interface AttemptRow {
  attempt: number;
  attempted_at: Date;
  duration_ms: number;
  outcome: 'DELIVERED' | 'FAILED';
  status_code: number | null;
  error: string | null;
}

export async function outboxRow(
  pool: Pool,
  eventId: string,
  channel = 'WEBHOOK',
): Promise<OutboxRow | undefined> {
  const result = await pool.query<OutboxRow>(
    `SELECT id, event_id, channel, bundle_id, status, attempts, created_at, next_attempt_at, last_error
       FROM notifications.outbox WHERE event_id = $1 AND channel = $2`,
    [eventId, channel],
  );
  return result.rows[0];
}

export async function attemptsOf(pool: Pool, eventId: string, channel = 'WEBHOOK'): Promise<AttemptRow[]> {
  const result = await pool.query<AttemptRow>(
    `SELECT a.attempt, a.attempted_at, a.duration_ms, a.outcome, a.status_code, a.error
       FROM notifications.delivery_attempts a JOIN notifications.outbox o ON o.id = a.outbox_id
      WHERE o.event_id = $1 AND o.channel = $2 ORDER BY a.attempt`,
    [eventId, channel],
  );
  return result.rows;
}
