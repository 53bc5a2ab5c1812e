import {
  CatalogError,
  type RegulationCommand,
  type RegulationDecider,
  type RegulationEvent,
} from '../../src';

/** given(events).when(command).then(events | error), CONVENTIONS.md 12. */
export function deciderSpec(decider: RegulationDecider) {
  return {
    given(events: readonly RegulationEvent[]) {
      const state = events.reduce(decider.evolve, decider.initialState);
      return {
        when(command: RegulationCommand) {
          const run = () => decider.decide(command, state);
          return {
            then(expected: readonly RegulationEvent[]) {
              expect(run()).toEqual(expected);
            },
            thenFails(code: CatalogError['code'], fields: readonly string[]) {
              let caught: unknown;
              try {
                run();
              } catch (error) {
                caught = error;
              }
              expect(caught).toBeInstanceOf(CatalogError);
              const error = caught as CatalogError;
              expect(error.code).toBe(code);
              expect(error.errors.map((e) => e.field)).toEqual(fields);
              return error;
            },
          };
        },
      };
    },
  };
}
