import type { CatalogReference, EndUserType, NumberType, Requirement } from './catalog.types';
import type { PublishRegulationVersion, RegulationCommand } from './regulation.command';
import type { RegulationEvent, RegulationVersionPublished } from './regulation.events';
import { CatalogError, type FieldProblem } from './problems';
import { validateRequirementSpec } from './requirement-spec.validator';

export type RegulationState = {
  readonly regulationId: string;
  readonly country: string;
  readonly numberType: NumberType;
  readonly endUserType: EndUserType;
  readonly version: number;
  readonly requirement: Requirement;
} | null;

export const MAX_GRACE_PERIOD_DAYS = 365;
export const REGULATION_ID = /^reg_[0-9A-HJKMNP-TV-Z]{26}$/;

export interface RegulationDeciderDeps {
  readonly reference: CatalogReference;
  /** Whether cityInfo data exists for an alpha-3 country (needed by a LOCAL address requirement). */
  readonly hasCityData: (alpha3: string) => boolean;
}

export interface RegulationDecider {
  readonly initialState: RegulationState;
  evolve(state: RegulationState, event: RegulationEvent): RegulationState;
  decide(command: RegulationCommand, state: RegulationState): readonly RegulationEvent[];
}

/** Key order must not make two equal specs look different; array order does matter (it is shown to users). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sameRequirement(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** Problems of a publish command other than its requirement spec. */
export function commandProblems(
  data: PublishRegulationVersion['data'],
  state: RegulationState,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!REGULATION_ID.test(data.regulationId)) {
    problems.push({
      field: 'regulationId',
      code: 'INVALID_FORMAT',
      message: 'A regulation id is reg_ and a ULID.',
    });
  }
  if (
    !Number.isInteger(data.gracePeriodDays) ||
    data.gracePeriodDays < 0 ||
    data.gracePeriodDays > MAX_GRACE_PERIOD_DAYS
  ) {
    problems.push({
      field: 'gracePeriodDays',
      code: 'OUT_OF_RANGE',
      message: `gracePeriodDays is a whole number from 0 to ${MAX_GRACE_PERIOD_DAYS}.`,
    });
  }
  if (state) {
    const mismatch = (['country', 'numberType', 'endUserType'] as const).filter((k) => state[k] !== data[k]);
    for (const key of mismatch) {
      problems.push({
        field: key,
        code: 'REGULATION_MISMATCH',
        message: `Regulation ${state.regulationId} is for ${state.country} ${state.numberType} ${state.endUserType}; ${key} cannot change.`,
      });
    }
  }
  return problems;
}

export function createRegulationDecider(deps: RegulationDeciderDeps): RegulationDecider {
  return {
    initialState: null,

    evolve(state, event) {
      switch (event.type) {
        case 'RegulationVersionPublished': {
          const { regulationId, country, numberType, endUserType, version, requirement } = event.data;
          return { regulationId, country, numberType, endUserType, version, requirement };
        }
        default: {
          const _exhaustive: never = event.type;
          return state;
        }
      }
    },

    decide(command, state) {
      switch (command.type) {
        case 'PublishRegulationVersion': {
          const { data, metadata } = command;
          const spec = validateRequirementSpec(data.requirement, {
            reference: deps.reference,
            endUserType: data.endUserType,
            hasCityData: deps.hasCityData(data.country),
          });
          const problems = [...commandProblems(data, state), ...(spec.ok ? [] : spec.problems)];
          if (problems.length > 0 || !spec.ok) throw CatalogError.validation(problems);
          // Publishing the spec in force again changes nothing, so it records nothing.
          if (state && sameRequirement(state.requirement, spec.value)) return [];
          const event: RegulationVersionPublished = {
            type: 'RegulationVersionPublished',
            data: {
              regulationId: data.regulationId,
              version: (state?.version ?? 0) + 1,
              country: data.country,
              numberType: data.numberType,
              endUserType: data.endUserType,
              friendlyName: data.friendlyName,
              requirement: spec.value,
              gracePeriodDays: data.gracePeriodDays,
              publishedAt: metadata.now.toISOString(),
            },
          };
          return [event];
        }
        default: {
          const _exhaustive: never = command.type;
          return [];
        }
      }
    },
  };
}

const NUMBER_TYPE_WORDS: Readonly<Record<NumberType, string>> = {
  LOCAL: 'local',
  NATIONAL: 'national',
  MOBILE: 'mobile',
  TOLL_FREE: 'toll-free',
};

/** "Germany: local numbers for businesses", from the canonical country name. */
export function regulationFriendlyName(
  countryName: string,
  numberType: NumberType,
  endUserType: EndUserType,
): string {
  const who = endUserType === 'BUSINESS' ? 'businesses' : 'individuals';
  return `${countryName}: ${NUMBER_TYPE_WORDS[numberType]} numbers for ${who}`;
}
