import { WrongExpectedRevisionError, type NewEvent } from '@compliance/event-store';
import { ConcurrentModificationError, defineUpcasters, handleCommand } from '../src';
import { InMemoryEventStore } from '../src/testing';
import { meta, ticketDecider } from './ticket.decider';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('handleCommand', () => {
  it('appends the decided events to a new stream with NO_STREAM and returns state, events and revision', async () => {
    const store = new InMemoryEventStore();
    const append = jest.spyOn(store, 'append');

    const result = await handleCommand(store, {
      streamId: 'ticket-t1',
      decider: ticketDecider,
      command: { type: 'OpenTicket', data: { ticketId: 't1', title: 'first' }, metadata: meta() },
    });

    expect(append).toHaveBeenCalledWith('ticket-t1', expect.any(Array), 'NO_STREAM');
    expect(result.state).toEqual({ status: 'OPEN', ticketId: 't1', title: 'first', renames: 0 });
    expect(result.nextRevision).toBe(0);
    expect(result.position).toBe('1');
    expect(result.events).toHaveLength(1);
    const [event] = result.events;
    expect(event).toMatchObject({
      type: 'TicketOpened',
      data: { ticketId: 't1', title: 'first' },
      streamId: 'ticket-t1',
      revision: 0,
    });
    expect(event!.eventId).toMatch(UUID);
    expect(event!.metadata).toEqual({
      accountId: 'acc_1',
      actor: 'user:alice',
      correlationId: 'corr-1',
      causationId: 'cause-1',
      occurredAt: '2024-05-01T10:00:00.000Z',
      schemaVersion: 1,
    });
  });

  it('appends with the last revision of an existing stream, never ANY', async () => {
    const store = new InMemoryEventStore();
    await handleCommand(store, {
      streamId: 'ticket-t1',
      decider: ticketDecider,
      command: { type: 'OpenTicket', data: { ticketId: 't1', title: 'a' }, metadata: meta() },
    });
    await handleCommand(store, {
      streamId: 'ticket-t1',
      decider: ticketDecider,
      command: { type: 'RenameTicket', data: { title: 'b' }, metadata: meta() },
    });
    const append = jest.spyOn(store, 'append');

    const result = await handleCommand(store, {
      streamId: 'ticket-t1',
      decider: ticketDecider,
      command: { type: 'RenameTicket', data: { title: 'c' }, metadata: meta() },
    });

    expect(append).toHaveBeenCalledWith('ticket-t1', expect.any(Array), 1);
    expect(result.nextRevision).toBe(2);
    expect(result.state).toMatchObject({ title: 'c', renames: 2 });
  });

  it('appends nothing when the decision has no events', async () => {
    const store = new InMemoryEventStore();
    await handleCommand(store, {
      streamId: 'ticket-t1',
      decider: ticketDecider,
      command: { type: 'OpenTicket', data: { ticketId: 't1', title: 'a' }, metadata: meta() },
    });
    const calls = store.appendCalls;

    const result = await handleCommand(store, {
      streamId: 'ticket-t1',
      decider: ticketDecider,
      command: { type: 'RenameTicket', data: { title: 'a' }, metadata: meta() },
    });

    expect(store.appendCalls).toBe(calls);
    expect(result.events).toEqual([]);
    expect(result.nextRevision).toBe(0);
    expect(await store.readStream('ticket-t1')).toHaveLength(1);
  });

  it('reports nextRevision -1 when a no-op command meets a stream that does not exist', async () => {
    const store = new InMemoryEventStore();
    const first = await handleCommand(store, {
      streamId: 'ticket-t1',
      decider: ticketDecider,
      command: { type: 'OpenTicket', data: { ticketId: 't1', title: 'a' }, metadata: meta() },
    });
    expect(first.nextRevision).toBe(0);
    const none = await handleCommand(store, {
      streamId: 'ticket-none',
      decider: { ...ticketDecider, decide: () => [] },
      command: { type: 'OpenTicket', data: { ticketId: 'x', title: 'a' }, metadata: meta() },
    });
    expect(none).toEqual({ state: { status: 'NONE' }, events: [], nextRevision: -1, position: null });
  });

  it('lets domain errors through untouched and appends nothing', async () => {
    const store = new InMemoryEventStore();
    await expect(
      handleCommand(store, {
        streamId: 'ticket-t1',
        decider: ticketDecider,
        command: { type: 'CloseTicket', data: {}, metadata: meta() },
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(store.appendCalls).toBe(0);
  });

  it('re-reads and decides again after a revision conflict', async () => {
    const store = new InMemoryEventStore();
    await handleCommand(store, {
      streamId: 'ticket-t1',
      decider: ticketDecider,
      command: { type: 'OpenTicket', data: { ticketId: 't1', title: 'a' }, metadata: meta() },
    });
    let interfered = false;
    store.beforeAppend = async () => {
      if (interfered) return;
      interfered = true;
      const other = structuredClone((await store.readStream('ticket-t1'))[0]!);
      const rename: NewEvent = {
        ...other,
        eventId: 'b3f0c1b2-0000-4000-8000-000000000001',
        type: 'TicketRenamed',
        data: { title: 'by someone else' },
      };
      store.beforeAppend = undefined;
      await store.append('ticket-t1', [rename], 0);
    };

    const result = await handleCommand(store, {
      streamId: 'ticket-t1',
      decider: ticketDecider,
      command: { type: 'RenameTicket', data: { title: 'mine' }, metadata: meta() },
    });

    expect(result.nextRevision).toBe(2);
    expect(result.state).toMatchObject({ title: 'mine', renames: 2 });
    expect((await store.readStream('ticket-t1')).map((e) => e.data)).toEqual([
      { ticketId: 't1', title: 'a' },
      { title: 'by someone else' },
      { title: 'mine' },
    ]);
  });

  it('gives up with CONCURRENT_MODIFICATION after maxRetries conflicts', async () => {
    const store = new InMemoryEventStore();
    let attempts = 0;
    store.append = async (streamId, _events, expected) => {
      attempts += 1;
      throw new WrongExpectedRevisionError(streamId, expected, 7);
    };

    const error = await handleCommand(store, {
      streamId: 'ticket-t1',
      decider: ticketDecider,
      command: { type: 'OpenTicket', data: { ticketId: 't1', title: 'a' }, metadata: meta() },
      maxRetries: 2,
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConcurrentModificationError);
    expect(error).toMatchObject({ code: 'CONCURRENT_MODIFICATION', streamId: 'ticket-t1' });
    expect(attempts).toBe(3);
  });

  it('does not retry other append failures', async () => {
    const store = new InMemoryEventStore();
    let attempts = 0;
    store.append = async () => {
      attempts += 1;
      throw new Error('connection refused');
    };
    await expect(
      handleCommand(store, {
        streamId: 'ticket-t1',
        decider: ticketDecider,
        command: { type: 'OpenTicket', data: { ticketId: 't1', title: 'a' }, metadata: meta() },
      }),
    ).rejects.toThrow('connection refused');
    expect(attempts).toBe(1);
  });

  it('takes metadata from the options over the command and keeps extra keys', async () => {
    const store = new InMemoryEventStore();
    const result = await handleCommand(store, {
      streamId: 'ticket-t1',
      decider: ticketDecider,
      command: { type: 'OpenTicket', data: { ticketId: 't1', title: 'a' }, metadata: meta() },
      metadata: { actor: 'system:scheduler', traceId: 'trace-9' },
    });
    expect(result.events[0]!.metadata).toMatchObject({
      actor: 'system:scheduler',
      traceId: 'trace-9',
      correlationId: 'corr-1',
    });
  });

  it('refuses a command without its metadata', async () => {
    const store = new InMemoryEventStore();
    const decider = {
      ...ticketDecider,
      decide: () => [{ type: 'TicketClosed' as const, data: { closedAt: 'x' } }],
    };
    await expect(
      handleCommand(store, { streamId: 'ticket-t1', decider, command: { type: 'CloseTicket' } as never }),
    ).rejects.toThrow(TypeError);
  });

  it('writes the current schema version and folds upcast old events', async () => {
    const store = new InMemoryEventStore();
    // A v1 TicketOpened stored its title as `name`.
    await store.append(
      'ticket-t1',
      [
        {
          eventId: 'a3f0c1b2-0000-4000-8000-000000000001',
          type: 'TicketOpened',
          data: { ticketId: 't1', name: 'old title' },
          metadata: {
            accountId: 'acc_1',
            actor: 'u',
            correlationId: 'c',
            causationId: null,
            occurredAt: '2020-01-01T00:00:00.000Z',
            schemaVersion: 1,
          },
        },
      ],
      'NO_STREAM',
    );
    const upcasters = defineUpcasters([
      {
        type: 'TicketOpened',
        fromVersion: 1,
        upcast: (data) => {
          const { name, ...rest } = data as { ticketId: string; name: string };
          return { data: { ...rest, title: name } };
        },
      },
      { type: 'TicketRenamed', fromVersion: 1, upcast: (data) => ({ data }) },
    ]);

    const result = await handleCommand(store, {
      streamId: 'ticket-t1',
      decider: ticketDecider,
      command: { type: 'RenameTicket', data: { title: 'new' }, metadata: meta() },
      upcasters,
    });

    expect(result.state).toMatchObject({ title: 'new', renames: 1 });
    expect(result.events[0]!.metadata.schemaVersion).toBe(2);
  });
});
