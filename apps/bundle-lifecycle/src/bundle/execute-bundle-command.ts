import { handleCommand, loadAggregate, type CommandMetadata } from '@compliance/event-sourcing';
import type { BundleDeps } from '../bundle-deps';
import type { BundleCommand } from '../domain/bundle.command';
import { bundleDecider } from '../domain/bundle.decider';
import { bundleNotFound } from '../domain/bundle.errors';
import type { BundleEvent } from '../domain/bundle.events';
import type { Bundle } from '../domain/bundle.state';
import { bundleStreamId } from './bundle.stream';

/** How often a command is retried after losing a race for the stream before it answers CONCURRENT_MODIFICATION. */
const MAX_RETRIES = 5;

/**
 * The one command path for bundles (read stream → fold → decide → append with the expected revision), then a bounded
 * wait until the read model shows the new events, so a list right after the reply sees the change.
 *
 * Callers inside a consumer's transaction must not wait: the PostgreSQL store shows events to the relay only below
 * the oldest open transaction (ADR 0003), which would be their own until it commits.
 */
export async function executeBundleCommand(
  deps: BundleDeps,
  command: BundleCommand,
  { waitForReadModel = true }: { waitForReadModel?: boolean } = {},
): Promise<{ state: Bundle | null; events: BundleEvent[] }> {
  const result = await handleCommand(deps.store, {
    streamId: bundleStreamId(command.data.bundleId),
    decider: bundleDecider,
    command,
    maxRetries: MAX_RETRIES,
  });
  const last = result.events.at(-1);
  if (last && waitForReadModel) await deps.readModel.waitForEvent(last.eventId, deps.projectionWaitMs);
  return {
    state: result.state,
    events: result.events.map((e) => ({ type: e.type, data: e.data }) as BundleEvent),
  };
}

/** The bundle as its stream tells it now, if the caller may see it (its account, or staff when accountId is null). */
export async function loadVisibleBundle(
  deps: Pick<BundleDeps, 'store'>,
  bundleId: string,
  accountId: string | null,
): Promise<Bundle> {
  const { state } = await loadAggregate(deps.store, bundleStreamId(bundleId), bundleDecider);
  if (state === null || state.deleted || (accountId !== null && state.accountId !== accountId)) {
    throw bundleNotFound(bundleId);
  }
  return state;
}

export function requireState(state: Bundle | null, bundleId: string): Bundle {
  if (state === null) throw bundleNotFound(bundleId);
  return state;
}

export type { CommandMetadata };
