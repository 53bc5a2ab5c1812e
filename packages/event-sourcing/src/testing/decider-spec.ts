import { deepStrictEqual, fail } from 'node:assert/strict';
import { fold, type Decider, type DomainEvent } from '../decider';
import { DomainError } from '../domain-error';

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * given(events).when(command).then(events | error) for deciders (CONVENTIONS.md 12). Throws an
 * AssertionError with a diff on mismatch, so it works in any test runner.
 */
export class DeciderSpec<TCommand, TEvent extends DomainEvent, TState> {
  private constructor(
    private readonly decider: Decider<TCommand, TEvent, TState>,
    private readonly history: readonly TEvent[] = [],
  ) {}

  static for<C, E extends DomainEvent, S>(decider: Decider<C, E, S>): DeciderSpec<C, E, S> {
    return new DeciderSpec(decider);
  }

  given(events: readonly TEvent[]): DeciderSpec<TCommand, TEvent, TState> {
    return new DeciderSpec(this.decider, [...this.history, ...events]);
  }

  when(command: TCommand): DeciderOutcome<TEvent, TState> {
    const state = fold(this.decider, this.history);
    let outcome: { events: readonly TEvent[] } | { error: unknown };
    try {
      outcome = { events: this.decider.decide(command, state) };
    } catch (error) {
      outcome = { error };
    }
    return new DeciderOutcome(this.decider, state, outcome);
  }
}

export class DeciderOutcome<TEvent extends DomainEvent, TState> {
  constructor(
    private readonly decider: Pick<Decider<unknown, TEvent, TState>, 'evolve'>,
    private readonly stateBefore: TState,
    private readonly outcome: { events: readonly TEvent[] } | { error: unknown },
  ) {}

  /** Asserts the decided events; returns the state after them for further checks. */
  then(expected: readonly TEvent[]): TState {
    const events = this.events();
    deepStrictEqual(events, expected);
    return events.reduce((state, event) => this.decider.evolve(state, event), this.stateBefore);
  }

  /** The command changes nothing: no events. */
  thenNothing(): void {
    this.then([]);
  }

  /** Asserts a thrown error by class or by its DomainError code; returns it for further checks. */
  thenThrows(expected: ErrorClass | string): Error {
    if (!('error' in this.outcome)) {
      fail(`expected an error (${describe(expected)}), but decided ${JSON.stringify(this.outcome.events)}`);
    }
    const { error } = this.outcome;
    if (!(error instanceof Error)) fail(`expected an Error, got ${String(error)}`);
    if (typeof expected === 'string') {
      const code = error instanceof DomainError ? error.code : (error as { code?: unknown }).code;
      deepStrictEqual(
        code,
        expected,
        `expected error code ${expected}, got ${String(code)}: ${error.message}`,
      );
    } else if (!(error instanceof expected)) {
      const actual: Error = error;
      fail(`expected ${expected.name}, got ${actual.name}: ${actual.message}`);
    }
    return error;
  }

  private events(): readonly TEvent[] {
    if ('error' in this.outcome) {
      const { error } = this.outcome;
      fail(
        `expected events, but decide threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      );
    }
    return this.outcome.events;
  }
}

function describe(expected: ErrorClass | string): string {
  return typeof expected === 'string' ? expected : expected.name;
}
