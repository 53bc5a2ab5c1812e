import { InvalidStatusTransitionError, type Projection } from '../src';
import { DeciderSpec, ProjectionSpec } from '../src/testing';
import { meta, ticketDecider, type TicketEvent } from './ticket.decider';

const opened: TicketEvent = { type: 'TicketOpened', data: { ticketId: 't1', title: 'a' } };
const closed: TicketEvent = { type: 'TicketClosed', data: { closedAt: '2024-01-01T00:00:00.000Z' } };

describe('DeciderSpec', () => {
  it('passes when the decided events match', () => {
    DeciderSpec.for(ticketDecider)
      .given([opened])
      .when({ type: 'CloseTicket', data: {}, metadata: meta('2024-05-01T10:00:00.000Z') })
      .then([{ type: 'TicketClosed', data: { closedAt: '2024-05-01T10:00:00.000Z' } }]);
  });

  it('fails when the decided events differ', () => {
    expect(() =>
      DeciderSpec.for(ticketDecider)
        .given([opened])
        .when({ type: 'RenameTicket', data: { title: 'b' }, metadata: meta() })
        .then([]),
    ).toThrow(/Expected values to be strictly deep-equal/);
  });

  it('fails when events are expected but decide throws', () => {
    expect(() =>
      DeciderSpec.for(ticketDecider)
        .given([])
        .when({ type: 'CloseTicket', data: {}, metadata: meta() })
        .then([]),
    ).toThrow(/decide threw DomainError/);
  });

  it('checks errors by class or by code', () => {
    const spec = DeciderSpec.for(ticketDecider)
      .given([opened, closed])
      .when({ type: 'RenameTicket', data: { title: 'b' }, metadata: meta() });
    spec.thenThrows(InvalidStatusTransitionError);
    spec.thenThrows('INVALID_STATUS_TRANSITION');
    expect(() => spec.thenThrows('NOT_FOUND')).toThrow(/expected error code NOT_FOUND/);
    expect(() => spec.thenThrows(TypeError)).toThrow(/expected TypeError/);
  });

  it('fails thenThrows when decide succeeds', () => {
    expect(() =>
      DeciderSpec.for(ticketDecider)
        .given([opened])
        .when({ type: 'CloseTicket', data: {}, metadata: meta() })
        .thenThrows('NOT_FOUND'),
    ).toThrow(/expected an error/);
  });

  it('thenNothing passes only when no events are decided', () => {
    DeciderSpec.for(ticketDecider)
      .given([opened, closed])
      .when({ type: 'CloseTicket', data: {}, metadata: meta() })
      .thenNothing();
    expect(() =>
      DeciderSpec.for(ticketDecider)
        .given([opened])
        .when({ type: 'CloseTicket', data: {}, metadata: meta() })
        .thenNothing(),
    ).toThrow();
  });
});

interface TicketRow {
  ticketId: string;
  title: string;
  status: string;
}

const ticketRow: Projection<TicketRow, TicketEvent> = {
  handles: ['TicketOpened', 'TicketClosed'],
  evolve(row, event) {
    switch (event.type) {
      case 'TicketOpened':
        return { ticketId: event.data.ticketId, title: event.data.title, status: 'OPEN' };
      case 'TicketClosed':
        return row && { ...row, status: 'CLOSED' };
      case 'TicketRenamed':
        return row;
    }
  },
};

interface CounterRow {
  renames: number;
}
const notIdempotent: Projection<CounterRow, TicketEvent> = {
  handles: ['TicketOpened', 'TicketRenamed'],
  evolve: (row, event) =>
    event.type === 'TicketOpened' ? { renames: 0 } : { renames: (row?.renames ?? 0) + 1 },
};
const mutating: Projection<CounterRow, TicketEvent> = {
  handles: ['TicketRenamed'],
  evolve: (row) => {
    const target = row ?? { renames: 0 };
    target.renames += 1;
    return target;
  },
};

describe('ProjectionSpec', () => {
  it('passes when the row matches and applying the event twice changes nothing', () => {
    ProjectionSpec.for(ticketRow)
      .given([opened])
      .when(closed)
      .then({ ticketId: 't1', title: 'a', status: 'CLOSED' });
  });

  it('ignores events the projection does not handle', () => {
    ProjectionSpec.for(ticketRow)
      .given([opened, { type: 'TicketRenamed', data: { title: 'zzz' } }])
      .when(closed)
      .then({ ticketId: 't1', title: 'a', status: 'CLOSED' });
  });

  it('fails when the row differs', () => {
    expect(() =>
      ProjectionSpec.for(ticketRow)
        .given([opened])
        .when(closed)
        .then({ ticketId: 't1', title: 'a', status: 'OPEN' }),
    ).toThrow();
  });

  it('fails a projection that is not idempotent when run twice', () => {
    expect(() =>
      ProjectionSpec.for(notIdempotent)
        .given([opened])
        .when({ type: 'TicketRenamed', data: { title: 'b' } })
        .then({ renames: 1 }),
    ).toThrow(/not idempotent/);
  });

  it('catches a non-idempotent projection that mutates its input row', () => {
    expect(() =>
      ProjectionSpec.for(mutating)
        .given([])
        .when({ type: 'TicketRenamed', data: { title: 'b' } })
        .then({ renames: 1 }),
    ).toThrow(/not idempotent/);
  });
});
