/** A domain event: a plain readonly object whose `type` string is stored forever (CONVENTIONS.md 3). */
export interface DomainEvent<TType extends string = string, TData = unknown> {
  readonly type: TType;
  readonly data: TData;
}

/**
 * What every command carries so that decisions never read the clock or globals (CONVENTIONS.md 4).
 * `now` is the moment the command was accepted; it becomes the events' `occurredAt`.
 */
export interface CommandMetadata {
  readonly now: Date;
  readonly actor: string;
  readonly accountId: string | null;
  readonly correlationId: string;
  readonly causationId: string | null;
}

export interface Command<TType extends string = string, TData = unknown> {
  readonly type: TType;
  readonly data: TData;
  readonly metadata: CommandMetadata;
}

/** The functional aggregate (CONVENTIONS.md 5): fold events into state, decide new events from a command. */
export interface Decider<TCommand, TEvent extends DomainEvent, TState> {
  readonly initialState: TState;
  evolve(state: TState, event: TEvent): TState;
  decide(command: TCommand, state: TState): readonly TEvent[];
}

export function fold<TEvent extends DomainEvent, TState>(
  decider: Pick<Decider<unknown, TEvent, TState>, 'initialState' | 'evolve'>,
  events: readonly TEvent[],
  from: TState = decider.initialState,
): TState {
  return events.reduce((state, event) => decider.evolve(state, event), from);
}
