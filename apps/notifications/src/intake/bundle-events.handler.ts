import { isBundleEventType, type BundleSnapshotV1 } from '@compliance/contracts';
import type { RecordedEvent } from '@compliance/event-store';
import type { MessagingLogger } from '@compliance/messaging';
import type { PoolClient } from '@compliance/postgres';
import { bundleContactProjection } from '../domain/bundle-contact.projection';
import { planNotifications } from '../domain/bundle-notification';
import type { Clock } from '../domain/clock';
import { findContactForUpdate, saveContact } from './bundle-contacts.repository';
import { enqueueNotification, signalOutbox } from './outbox.repository';

export interface BundleIntakeOptions {
  readonly clock: Clock;
  readonly emailEnabled: boolean;
  readonly logger: MessagingLogger;
}

/**
 * One bundle event, inside the consumer's transaction (which also records the event as processed, so a redelivery
 * does nothing): updates where the bundle's notifications go, then puts what the event sends into the outbox.
 */
export function createBundleEventsHandler({ clock, emailEnabled, logger }: BundleIntakeOptions) {
  return async (event: RecordedEvent, client: PoolClient): Promise<void> => {
    if (!isBundleEventType(event.type)) return;
    if (!isSnapshot(event.data)) {
      logger.warn(`skipped malformed ${event.type} ${event.eventId} of ${event.streamId}`);
      return;
    }
    const data = event.data;
    const before = await findContactForUpdate(client, data.bundleId);
    const after = bundleContactProjection.evolve(before, {
      type: event.type,
      revision: event.revision,
      data,
    });
    if (after === null) return;
    if (after !== before) await saveContact(client, after);

    const plan = planNotifications({ eventId: event.eventId, type: event.type, data }, after, {
      emailEnabled,
    });
    for (const reason of plan.skipped) {
      logger.log(`${event.type} ${event.eventId} of ${data.bundleId}: no notification, ${reason}`);
    }
    let enqueued = false;
    for (const notification of plan.notifications) {
      const added = await enqueueNotification(client, {
        eventId: event.eventId,
        accountId: data.accountId,
        bundleId: data.bundleId,
        createdAt: clock.now(),
        notification,
      });
      enqueued ||= added;
    }
    if (enqueued) await signalOutbox(client);
  };
}

function isSnapshot(data: unknown): data is BundleSnapshotV1 & { remarks?: string | null } {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  const nullableString = (value: unknown): boolean => value === null || typeof value === 'string';
  return (
    typeof d.bundleId === 'string' &&
    typeof d.accountId === 'string' &&
    typeof d.status === 'string' &&
    typeof d.occurredAt === 'string' &&
    nullableString(d.validUntil) &&
    nullableString(d.failureReason) &&
    (d.remarks === undefined || nullableString(d.remarks)) &&
    (d.statusCallback === undefined || nullableString(d.statusCallback)) &&
    (d.email === undefined || typeof d.email === 'string')
  );
}
