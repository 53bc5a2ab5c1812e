import type { BundlePhoneNumberCountChangedV1, RegulationVersionPublishedV1 } from '@compliance/contracts';
import type { RecordedEvent } from '@compliance/event-store';
import { isDomainError, type CommandMetadata } from '@compliance/event-sourcing';
import type { PoolClient } from '@compliance/postgres';
import type { BundleDeps } from '../bundle-deps';
import { executeBundleCommand } from '../bundle/execute-bundle-command';
import { findApprovedOnOlderVersion } from '../queries/bundles/bundles.repository';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Inside the consumer's transaction: waiting for the relay would wait for our own commit (ADR 0003). */
const NO_WAIT = { waitForReadModel: false };

function systemMetadata(event: RecordedEvent, now: Date): CommandMetadata {
  return {
    now,
    actor: 'system',
    accountId: null,
    correlationId: event.metadata.correlationId,
    causationId: event.eventId,
  };
}

/**
 * Reactions to other services' events: a new regulation version gives every APPROVED bundle on an older version a
 * `validUntil` (publishedAt + grace period); number-assignment's counts feed the deletion and retention rules.
 * Every command here is idempotent, so a redelivered event changes nothing.
 */
export function createReactionsHandler(deps: BundleDeps, clock: () => Date) {
  return async (event: RecordedEvent, client: PoolClient): Promise<void> => {
    switch (event.type) {
      case 'RegulationVersionPublished': {
        const data = event.data as RegulationVersionPublishedV1;
        if (typeof data?.regulationId !== 'string' || typeof data.version !== 'number') return;
        const validUntil = new Date(
          Date.parse(data.publishedAt) + data.gracePeriodDays * DAY_MS,
        ).toISOString();
        const bundleIds = await findApprovedOnOlderVersion(client, data.regulationId, data.version);
        for (const bundleId of bundleIds) {
          await executeBundleCommand(
            deps,
            {
              type: 'SetValidUntil',
              data: {
                bundleId,
                accountId: null,
                regulationId: data.regulationId,
                newRegulationVersion: data.version,
                validUntil,
              },
              metadata: systemMetadata(event, clock()),
            },
            NO_WAIT,
          );
        }
        return;
      }
      case 'BundlePhoneNumberCountChanged': {
        const data = event.data as BundlePhoneNumberCountChangedV1;
        if (typeof data?.bundleId !== 'string' || typeof data.count !== 'number') return;
        try {
          await executeBundleCommand(
            deps,
            {
              type: 'RecordPhoneNumberCount',
              data: {
                bundleId: data.bundleId,
                accountId: null,
                count: data.count,
                lastNumberLeftAt: data.lastNumberLeftAt,
              },
              metadata: systemMetadata(event, clock()),
            },
            NO_WAIT,
          );
        } catch (error) {
          // A count for a bundle deleted meanwhile (or never ours) has nothing left to hold.
          if (!(isDomainError(error) && error.code === 'NOT_FOUND')) throw error;
        }
        return;
      }
      default:
        return;
    }
  };
}
