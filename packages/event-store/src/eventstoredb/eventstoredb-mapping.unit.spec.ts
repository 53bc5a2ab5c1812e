import type { AllStreamRecordedEvent } from '@eventstore/db-client';
import type { NewEvent } from '../event-store.port';
import { toEventData, toRecordedEvent } from './eventstoredb-mapping';

const event: NewEvent = {
  eventId: '6f1c1c58-4a4e-4c38-9a55-63b1b1b0a001',
  type: 'BundleSubmitted',
  data: { bundleId: 'BU1' },
  metadata: {
    accountId: 'AC1',
    actor: 'user-1',
    correlationId: 'corr-1',
    causationId: 'cause-1',
    occurredAt: '2024-01-01T00:00:00.000Z',
    schemaVersion: 2,
  },
};

describe('EventStoreDB mapping', () => {
  it('writes JSON events with our metadata plus EventStoreDB correlation keys', () => {
    expect(toEventData(event)).toEqual({
      id: event.eventId,
      contentType: 'application/json',
      type: 'BundleSubmitted',
      data: { bundleId: 'BU1' },
      metadata: { ...event.metadata, $correlationId: 'corr-1', $causationId: 'cause-1' },
    });
  });

  it('reads back the envelope without the EventStoreDB keys, with revision and encoded position', () => {
    const stored = toEventData(event);
    const recorded = {
      streamId: 'bundle-BU1',
      id: stored.id,
      isJson: true,
      revision: 3n,
      type: stored.type,
      created: new Date(0),
      data: stored.data,
      metadata: stored.metadata,
      position: { commit: 10n, prepare: 9n },
    } as AllStreamRecordedEvent;
    expect(toRecordedEvent(recorded)).toEqual({
      ...event,
      streamId: 'bundle-BU1',
      revision: 3,
      position: '10/9',
    });
  });
});
