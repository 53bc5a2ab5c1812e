import { performance } from 'node:perf_hooks';
import { Backoff, describeError, Sleeper, type MessagingLogger } from '@compliance/messaging';
import type { Pool, PoolClient } from '@compliance/postgres';
import type { EmailMessage } from '../domain/bundle-notification';
import type { Clock } from '../domain/clock';
import { afterFailure, type RetryPolicy } from '../domain/retry-schedule';
import {
  claimNext,
  findSigningSecret,
  recordDelivered,
  recordFailed,
  type AttemptRecord,
  type ClaimedNotification,
} from './delivery.repository';
import type { EmailSender } from './email.sender';
import type { SendResult } from './send-result';
import type { WebhookSender } from './webhook.sender';

export interface DispatcherOptions {
  readonly pool: Pool;
  readonly clock: Clock;
  readonly policy: RetryPolicy;
  readonly webhook: WebhookSender;
  /** null: e-mail is off (nothing is enqueued for it then). */
  readonly email: EmailSender | null;
  /** Deliveries in flight at once in this process (each holds one database connection while it runs). */
  readonly concurrency: number;
  /** How long an idle worker waits before looking again when no NOTIFY woke it. */
  readonly idlePollMs: number;
  readonly logger: MessagingLogger;
  readonly random?: () => number;
}

type Outcome = 'IDLE' | 'DELIVERED' | 'FAILED';

const MAX_ERROR_LENGTH = 1_000;

/**
 * Delivers the outbox: `concurrency` workers, each claims the next due notification at the head of its bundle's
 * queue (row lock held for the attempt), sends it, and records the attempt in the delivery log and the outcome
 * (delivered, retry at a time from the retry schedule, or given up) in the same transaction.
 */
export class Dispatcher {
  private stopping = false;
  private readonly sleepers: Sleeper[] = [];
  private workers: Promise<void>[] = [];
  /** Counts since start, for tests and the benchmark. */
  readonly stats = { delivered: 0, failed: 0, errors: 0 };

  constructor(private readonly options: DispatcherOptions) {}

  start(): void {
    if (this.workers.length > 0) return;
    this.stopping = false;
    for (let i = 0; i < this.options.concurrency; i += 1) {
      const sleeper = new Sleeper();
      this.sleepers.push(sleeper);
      this.workers.push(this.work(sleeper));
    }
  }

  /** Ends the idle waits early: something was enqueued, or the clock moved. */
  wake(): void {
    for (const sleeper of this.sleepers) sleeper.cancel();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await Promise.all(this.workers);
    this.workers = [];
    this.sleepers.length = 0;
  }

  /** Claims and attempts one due notification, if any (tests drive it directly). */
  async deliverOne(): Promise<Outcome> {
    const client = await this.options.pool.connect();
    let broken: unknown = null;
    try {
      await client.query('BEGIN');
      const notification = await claimNext(client, this.options.clock.now());
      if (!notification) {
        await client.query('COMMIT');
        return 'IDLE';
      }
      const outcome = await this.attempt(client, notification);
      await client.query('COMMIT');
      if (outcome === 'DELIVERED') this.stats.delivered += 1;
      else this.stats.failed += 1;
      return outcome;
    } catch (error) {
      broken = error;
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release(broken instanceof Error ? broken : undefined);
    }
  }

  private async work(sleeper: Sleeper): Promise<void> {
    const backoff = new Backoff({ initialDelayMs: 100, maxDelayMs: 5_000 });
    while (!this.stopping) {
      let outcome: Outcome;
      try {
        outcome = await this.deliverOne();
        backoff.reset();
      } catch (error) {
        if (this.stopping) return;
        this.stats.errors += 1;
        const delay = backoff.next();
        this.options.logger.warn(`delivery interrupted, retrying in ${delay} ms: ${describeError(error)}`);
        await sleeper.sleep(delay);
        continue;
      }
      if (outcome === 'IDLE' && !this.stopping) await sleeper.sleep(this.options.idlePollMs);
    }
  }

  private async attempt(
    client: PoolClient,
    notification: ClaimedNotification,
  ): Promise<'DELIVERED' | 'FAILED'> {
    const attemptedAt = this.options.clock.now();
    const started = performance.now();
    const result = await this.send(client, notification, attemptedAt).catch(
      (error: unknown): SendResult => ({ ok: false, statusCode: null, error: describeError(error) }),
    );
    const record: AttemptRecord = {
      attempt: notification.attempts + 1,
      attemptedAt,
      durationMs: Math.round(performance.now() - started),
      statusCode: result.statusCode,
      // A receiver's error text is bounded: the log keeps the gist, not whatever it sent.
      error: result.error === null ? null : result.error.slice(0, MAX_ERROR_LENGTH),
    };
    if (result.ok) {
      await recordDelivered(client, notification, record);
      return 'DELIVERED';
    }
    const next = afterFailure(
      this.options.policy,
      { createdAt: notification.createdAt, failedAt: attemptedAt, failedAttempts: record.attempt },
      this.options.random ?? Math.random,
    );
    await recordFailed(client, notification, record, next);
    if (next.kind === 'GIVE_UP') {
      this.options.logger.warn(
        `gave up on ${notification.channel} ${notification.eventId} of ${notification.bundleId} after ${record.attempt} attempts: ${record.error ?? ''}`,
      );
    }
    return 'FAILED';
  }

  private async send(client: PoolClient, n: ClaimedNotification, attemptedAt: Date): Promise<SendResult> {
    switch (n.channel) {
      case 'WEBHOOK': {
        const secret = await findSigningSecret(client, n.accountId);
        if (secret === null) {
          return { ok: false, statusCode: null, error: `signing secret of ${n.accountId} not known yet` };
        }
        return this.options.webhook.send({
          url: n.target,
          eventId: n.eventId,
          body: n.body,
          secret,
          unixSeconds: Math.floor(attemptedAt.getTime() / 1000),
        });
      }
      case 'EMAIL': {
        if (this.options.email === null) {
          return { ok: false, statusCode: null, error: 'e-mail is off (SMTP_URL is not set)' };
        }
        return this.options.email.send(n.target, n.eventId, JSON.parse(n.body) as EmailMessage);
      }
      default: {
        const _exhaustive: never = n.channel;
        return { ok: false, statusCode: null, error: `unknown channel ${String(n.channel)}` };
      }
    }
  }
}
