import { isDomainError, type CommandMetadata } from '@compliance/event-sourcing';
import { randomUUID } from 'node:crypto';
import type { BundleDeps } from '../bundle-deps';
import { executeBundleCommand } from '../bundle/execute-bundle-command';
import { STALE_DRAFT_DAYS } from '../domain/bundle.rules';
import { findExpired, findStaleDrafts } from '../queries/bundles/bundles.repository';

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 200;

export interface SchedulerReport {
  expired: number;
  purged: number;
}

/**
 * Time-driven transitions, with an injectable clock: APPROVED bundles past `validUntil` become REJECTED
 * (REGULATION_UPDATED) and DRAFTs untouched for a year are deleted. Candidates come from the read model; the decider
 * decides again on the stream, so a bundle fixed meanwhile (replaceItems cleared validUntil) is left alone, and
 * several instances running at once append nothing twice.
 */
export class BundleScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<SchedulerReport> | null = null;

  constructor(
    private readonly deps: BundleDeps,
    private readonly clock: () => Date,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.runOnce().catch((error: unknown) =>
        console.error('bundle-lifecycle: scheduler run failed', error),
      );
    }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** One pass at the clock's now; overlapping calls share the pass in flight. */
  runOnce(): Promise<SchedulerReport> {
    this.running ??= this.pass().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(): Promise<SchedulerReport> {
    const now = this.clock();
    const report: SchedulerReport = { expired: 0, purged: 0 };
    for (const bundleId of await findExpired(this.deps.pool, now, BATCH)) {
      if (await this.run('ExpireBundle', bundleId, now)) report.expired += 1;
    }
    const staleBefore = new Date(now.getTime() - STALE_DRAFT_DAYS * DAY_MS);
    for (const bundleId of await findStaleDrafts(this.deps.pool, staleBefore, BATCH)) {
      if (await this.run('PurgeStaleDraft', bundleId, now)) report.purged += 1;
    }
    return report;
  }

  private async run(type: 'ExpireBundle' | 'PurgeStaleDraft', bundleId: string, now: Date): Promise<boolean> {
    const metadata: CommandMetadata = {
      now,
      actor: 'system',
      accountId: null,
      correlationId: randomUUID(),
      causationId: null,
    };
    try {
      const { events } = await executeBundleCommand(this.deps, {
        type,
        data: { bundleId, accountId: null },
        metadata,
      });
      return events.length > 0;
    } catch (error) {
      if (isDomainError(error)) {
        console.warn(`bundle-lifecycle: scheduler ${type} ${bundleId}: ${error.code} ${error.message}`);
        return false;
      }
      throw error;
    }
  }
}
