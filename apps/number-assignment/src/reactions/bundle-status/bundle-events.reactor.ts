import { isBundleEventType, type BundleStatus } from '@compliance/contracts';
import type { CommandMetadata } from '@compliance/event-sourcing';
import type { RecordedEvent } from '@compliance/event-store';
import type { ObservedBundleStatus } from '../../domain/phone-number.command';
import type { NumbersDeps } from '../../numbers-deps';
import { applyBundleStatus, observeBundleStatus } from '../../commands/shared/number-commands';

export const REACTOR_ACTOR = 'system:number-assignment';

/** Rounds over numbers another request changed at the same moment, before the event is given up as failed. */
const ROUNDS = 5;

interface BundleRef {
  bundleId: string;
  accountId: string;
  status: ObservedBundleStatus;
}

/** The bundle status a `bundles.events` event asks numbers to follow; null for events numbers do not care about. */
export function bundleStatusOf(event: Pick<RecordedEvent, 'type' | 'data'>): BundleRef | null {
  if (!isBundleEventType(event.type)) return null;
  if (event.type !== 'BundleStatusChanged' && event.type !== 'BundleDeleted') return null;
  const data = event.data as { bundleId?: unknown; accountId?: unknown; status?: unknown };
  if (typeof data.bundleId !== 'string' || typeof data.accountId !== 'string') return null;
  if (event.type === 'BundleDeleted')
    return { bundleId: data.bundleId, accountId: data.accountId, status: 'DELETED' };
  if (typeof data.status !== 'string') return null;
  return { bundleId: data.bundleId, accountId: data.accountId, status: data.status as BundleStatus };
}

/**
 * Consumer of `bundles.events`: records the bundle status in the bundle's numbers stream (ordered with bulk requests),
 * then moves every number the bundle holds: approval activates PENDING_ACTIVATION and reinstates SUSPENDED, rejection
 * fails PENDING_ACTIVATION and suspends ATTACHED, deletion removes. Every step is idempotent, so a redelivery after a
 * crash finishes the work and changes nothing twice.
 */
export async function reactToBundleEvent(deps: NumbersDeps, event: RecordedEvent): Promise<void> {
  const ref = bundleStatusOf(event);
  if (!ref) return;
  const metadata: CommandMetadata = {
    now: new Date(),
    actor: REACTOR_ACTOR,
    accountId: ref.accountId,
    correlationId: event.metadata.correlationId,
    causationId: event.eventId,
  };
  const state = await observeBundleStatus(
    deps,
    ref.bundleId,
    ref.accountId,
    ref.status,
    event.revision,
    metadata,
  );
  // A newer status was already acted on: this older one must not move the numbers back.
  if (event.revision < state.observedRevision) return;
  let pending = [...state.members.keys()];
  for (let round = 1; pending.length > 0; round += 1) {
    const outcomes = await applyBundleStatus(
      deps,
      { ...ref, bundleRevision: event.revision },
      pending,
      metadata,
    );
    pending = [...outcomes].filter(([, outcome]) => !outcome.ok).map(([n]) => n);
    if (pending.length > 0 && round >= ROUNDS) {
      throw new Error(
        `${pending.length} numbers of ${ref.bundleId} kept changing; not all follow ${ref.status}`,
      );
    }
  }
}
