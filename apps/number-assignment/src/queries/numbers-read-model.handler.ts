import { projectionHandles } from '@compliance/event-sourcing';
import type { RecordedEvent } from '@compliance/event-store';
import type { PoolClient } from '@compliance/postgres';
import {
  bundleNumberCountProjection,
  isWellFormedCountChange,
} from './bundle-number-counts/bundle-number-count.projection';
import { isWellFormedNumberChange, phoneNumberProjection } from './phone-numbers/phone-number.projection';
import { upsertBundleCount, upsertPhoneNumber } from './phone-numbers/phone-numbers.repository';

/** One event of `numbers.events` into the read models, inside the consumer's transaction; never throws on bad data. */
export async function applyToNumbersReadModel(event: RecordedEvent, client: PoolClient): Promise<void> {
  const { type, data, revision } = event;
  if (projectionHandles(phoneNumberProjection, { type })) {
    if (!isWellFormedNumberChange(data)) return skip(event);
    const row = phoneNumberProjection.evolve(null, { type: 'PhoneNumberStatusChanged', data });
    if (row) await upsertPhoneNumber(client, row, revision);
    return;
  }
  if (projectionHandles(bundleNumberCountProjection, { type })) {
    if (!isWellFormedCountChange(data)) return skip(event);
    const row = bundleNumberCountProjection.evolve(null, { type: 'BundlePhoneNumberCountChanged', data });
    if (row) await upsertBundleCount(client, row, revision);
  }
}

function skip(event: RecordedEvent): void {
  console.warn(`number-assignment: skipped malformed ${event.type} ${event.eventId} of ${event.streamId}`);
}
