import { deepStrictEqual } from 'node:assert/strict';
import { projectionHandles, type Projection } from '../projection';

/**
 * given(events).when(event).then(row) for projections (CONVENTIONS.md 12). `then` also checks that
 * applying the same event a second time leaves the row as it is (idempotent when run twice).
 */
export class ProjectionSpec<TRow, TEvent extends { type: string }> {
  private constructor(
    private readonly projection: Projection<TRow, TEvent>,
    private readonly history: readonly TEvent[] = [],
  ) {}

  static for<R, E extends { type: string }>(projection: Projection<R, E>): ProjectionSpec<R, E> {
    return new ProjectionSpec(projection);
  }

  given(events: readonly TEvent[]): ProjectionSpec<TRow, TEvent> {
    return new ProjectionSpec(this.projection, [...this.history, ...events]);
  }

  when(event: TEvent): ProjectionOutcome<TRow, TEvent> {
    return new ProjectionOutcome(this.projection, apply(this.projection, null, this.history), event);
  }
}

export class ProjectionOutcome<TRow, TEvent extends { type: string }> {
  constructor(
    private readonly projection: Projection<TRow, TEvent>,
    private readonly before: TRow | null,
    private readonly event: TEvent,
  ) {}

  then(expected: TRow | null): TRow | null {
    const once = apply(this.projection, this.before, [this.event]);
    deepStrictEqual(once, expected);
    const twice = apply(this.projection, once, [this.event]);
    deepStrictEqual(
      twice,
      once,
      `projection is not idempotent: applying ${this.event.type} twice changed the row`,
    );
    return once;
  }
}

function apply<TRow, TEvent extends { type: string }>(
  projection: Projection<TRow, TEvent>,
  row: TRow | null,
  events: readonly TEvent[],
): TRow | null {
  // A copy: an evolve that mutates its input row must not hide a non-idempotent update.
  return events.reduce<TRow | null>(
    (current, event) =>
      projectionHandles(projection, event) ? projection.evolve(copyOf(current), event) : current,
    row,
  );
}

/**
 * Deep copy of a row made of plain data, built in this module's realm. structuredClone would build it in Node's
 * main realm, whose arrays jest's realm does not recognise, and deepStrictEqual would then call equal rows different.
 */
function copyOf<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => copyOf(item)) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyOf(item)])) as T;
  }
  return value;
}
