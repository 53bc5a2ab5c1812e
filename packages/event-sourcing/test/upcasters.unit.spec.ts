import type { RecordedEvent } from '@compliance/event-store';
import { defineUpcasters, loadAggregate, NO_UPCASTERS, upcastRecorded } from '../src';
import { InMemoryEventStore } from '../src/testing';
import { ticketDecider } from './ticket.decider';

// As stored by schema version 1, before `title` replaced `name` and `TicketShut` was renamed `TicketClosed`.
const storedV1Opened: RecordedEvent = {
  eventId: '0b6f6a4e-6f64-4c4e-9d34-8f1f0c5f3a01',
  type: 'TicketOpened',
  data: { ticketId: 't1', name: 'Printer on fire' },
  metadata: {
    accountId: 'acc_1',
    actor: 'user:bob',
    correlationId: 'c1',
    causationId: null,
    occurredAt: '2021-03-04T05:06:07.000Z',
    schemaVersion: 1,
  },
  streamId: 'ticket-t1',
  revision: 0,
  position: '41',
};
const storedV1Shut: RecordedEvent = {
  ...storedV1Opened,
  eventId: '0b6f6a4e-6f64-4c4e-9d34-8f1f0c5f3a02',
  type: 'TicketShut',
  data: { at: '2021-03-05T00:00:00.000Z' },
  revision: 1,
  position: '42',
};

const upcasters = defineUpcasters([
  {
    type: 'TicketOpened',
    fromVersion: 1,
    upcast: (data) => {
      const { name, ...rest } = data as { ticketId: string; name: string };
      return { data: { ...rest, title: name } };
    },
  },
  {
    type: 'TicketShut',
    fromVersion: 1,
    upcast: (data) => ({ type: 'TicketClosed', data: { closedAt: (data as { at: string }).at } }),
  },
]);

describe('upcasters', () => {
  it('turns a stored v1 payload into the current shape and version, keeping ids and position', () => {
    expect(upcastRecorded(storedV1Opened, upcasters)).toEqual({
      ...storedV1Opened,
      data: { ticketId: 't1', title: 'Printer on fire' },
      metadata: { ...storedV1Opened.metadata, schemaVersion: 2 },
    });
  });

  it('can rename the event type', () => {
    expect(upcastRecorded(storedV1Shut, upcasters)).toMatchObject({
      type: 'TicketClosed',
      data: { closedAt: '2021-03-05T00:00:00.000Z' },
    });
  });

  it('leaves current events as they are', () => {
    const current = {
      ...storedV1Opened,
      data: { ticketId: 't1', title: 'x' },
      metadata: { ...storedV1Opened.metadata, schemaVersion: 2 },
    };
    expect(upcastRecorded(current, upcasters)).toBe(current);
    expect(upcastRecorded(storedV1Opened, NO_UPCASTERS)).toBe(storedV1Opened);
  });

  it('chains upcasters across versions', () => {
    const chain = defineUpcasters([
      { type: 'E', fromVersion: 1, upcast: (d) => ({ data: { ...(d as object), v2: true } }) },
      { type: 'E', fromVersion: 2, upcast: (d) => ({ data: { ...(d as object), v3: true } }) },
    ]);
    expect(chain.upcast({ type: 'E', data: {}, schemaVersion: 1 })).toEqual({
      type: 'E',
      data: { v2: true, v3: true },
      schemaVersion: 3,
    });
    expect(chain.currentVersion('E')).toBe(3);
    expect(chain.currentVersion('Other')).toBe(1);
  });

  it('refuses two upcasters for the same type and version', () => {
    expect(() =>
      defineUpcasters([
        { type: 'E', fromVersion: 1, upcast: (d) => ({ data: d }) },
        { type: 'E', fromVersion: 1, upcast: (d) => ({ data: d }) },
      ]),
    ).toThrow(TypeError);
  });

  it('is applied by the load path', async () => {
    const store = new InMemoryEventStore();
    const { streamId: _s, revision: _r, position: _p, ...opened } = storedV1Opened;
    const { streamId: _s2, revision: _r2, position: _p2, ...shut } = storedV1Shut;
    await store.append('ticket-t1', [opened, shut], 'NO_STREAM');

    const loaded = await loadAggregate(store, 'ticket-t1', ticketDecider, upcasters);

    expect(loaded.state).toEqual({ status: 'CLOSED', ticketId: 't1', title: 'Printer on fire', renames: 0 });
    expect(loaded.revision).toBe(1);
  });
});
