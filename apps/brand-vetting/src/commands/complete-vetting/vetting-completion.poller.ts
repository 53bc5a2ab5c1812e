import { handleCommand, loadAggregate } from '@compliance/event-sourcing';
import type { BrandVettingDeps } from '../../brand-vetting.deps';
import { brandStreamId } from '../../brand/brand.stream';
import { brandDecider } from '../../domain/brand.decider';
import { listPendingVettings } from '../../queries/vetting/vetting.repository';

export interface VettingCompletionPollerOptions {
  intervalMs: number;
  /** Records asked per round. */
  batchSize?: number;
  now?: () => Date;
}

/**
 * Asks the external vetting provider about every PENDING record (the `brand_vetting.vettings` read model is the
 * work list, so nothing is lost when the process stops) and appends VettingCompleted or VettingFailed through the
 * one command path. Several instances may poll: CompleteVetting on a record that is no longer PENDING appends
 * nothing, and a revision conflict is retried by handleCommand.
 */
export class VettingCompletionPoller {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly deps: Pick<BrandVettingDeps, 'store' | 'pool' | 'provider'>,
    private readonly options: VettingCompletionPollerOptions,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One round; returns how many records it completed. */
  async pollOnce(): Promise<number> {
    const now = this.options.now ?? (() => new Date());
    const pending = await listPendingVettings(this.deps.pool, this.options.batchSize ?? 50);
    let completed = 0;
    for (const { brandId, vettingId } of pending) {
      if (this.stopped) break;
      const { state } = await loadAggregate(this.deps.store, brandStreamId(brandId), brandDecider);
      const vetting = state?.vettings.find((v) => v.vettingId === vettingId);
      if (!state || !vetting || vetting.vettingStatus !== 'PENDING' || vetting.evpId === 'CV') continue;
      const at = now();
      const outcome = await this.deps.provider.check(
        {
          brandId,
          vettingId,
          evpId: vetting.evpId,
          vettingClass: vetting.vettingClass,
          createDate: vetting.createDate,
          information: state.information,
          identityStatus: state.identityStatus,
        },
        at,
      );
      if (!outcome) continue;
      const result = await handleCommand(this.deps.store, {
        streamId: brandStreamId(brandId),
        decider: brandDecider,
        command: {
          type: 'CompleteVetting',
          data: { brandId, vettingId, outcome },
          metadata: {
            now: at,
            actor: `vetting-provider:${vetting.evpId}`,
            accountId: state.accountId,
            correlationId: vettingId,
            causationId: null,
          },
        },
      });
      completed += result.events.length > 0 ? 1 : 0;
    }
    return completed;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.pollOnce()
        .then(() => undefined)
        .catch((error: unknown) => {
          console.warn(
            `brand-vetting: vetting poll failed: ${error instanceof Error ? error.message : String(error)}`,
          );
        })
        .finally(() => this.schedule());
    }, this.options.intervalMs);
  }
}
