// A small aggregate for the kit's own tests: a ticket that is opened, renamed and closed.
import { DomainError, InvalidStatusTransitionError, type Command, type Decider } from '../src';

export type TicketEvent =
  | { type: 'TicketOpened'; data: { ticketId: string; title: string } }
  | { type: 'TicketRenamed'; data: { title: string } }
  | { type: 'TicketClosed'; data: { closedAt: string } };

export type TicketCommand =
  | Command<'OpenTicket', { ticketId: string; title: string }>
  | Command<'RenameTicket', { title: string }>
  | Command<'CloseTicket', Record<string, never>>;

export type TicketState =
  | { status: 'NONE' }
  | { status: 'OPEN' | 'CLOSED'; ticketId: string; title: string; renames: number };

export const ticketDecider: Decider<TicketCommand, TicketEvent, TicketState> = {
  initialState: { status: 'NONE' },
  evolve(state, event) {
    switch (event.type) {
      case 'TicketOpened':
        return { status: 'OPEN', ticketId: event.data.ticketId, title: event.data.title, renames: 0 };
      case 'TicketRenamed':
        return state.status === 'NONE'
          ? state
          : { ...state, title: event.data.title, renames: state.renames + 1 };
      case 'TicketClosed':
        return state.status === 'NONE' ? state : { ...state, status: 'CLOSED' };
      default: {
        const _exhaustive: never = event;
        return state;
      }
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'OpenTicket':
        if (state.status !== 'NONE') return [];
        return [{ type: 'TicketOpened', data: command.data }];
      case 'RenameTicket':
        if (state.status === 'NONE') throw new DomainError('NOT_FOUND', 'no such ticket');
        if (state.status === 'CLOSED') throw new InvalidStatusTransitionError('CLOSED', 'OPEN');
        if (state.title === command.data.title) return [];
        return [{ type: 'TicketRenamed', data: command.data }];
      case 'CloseTicket':
        if (state.status === 'NONE') throw new DomainError('NOT_FOUND', 'no such ticket');
        if (state.status === 'CLOSED') return [];
        return [{ type: 'TicketClosed', data: { closedAt: command.metadata.now.toISOString() } }];
      default: {
        const _exhaustive: never = command;
        return [];
      }
    }
  },
};

export function meta(now = '2024-05-01T10:00:00.000Z') {
  return {
    now: new Date(now),
    actor: 'user:alice',
    accountId: 'acc_1',
    correlationId: 'corr-1',
    causationId: 'cause-1',
  };
}
