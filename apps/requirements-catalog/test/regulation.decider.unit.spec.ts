import {
  createRegulationDecider,
  regulationFriendlyName,
  type PublishRegulationVersion,
  type RegulationVersionPublished,
} from '../src';
import { deciderSpec } from './support/decider-spec';
import { copy, italianIndividual, reference } from './support/fixtures';

const decider = createRegulationDecider({ reference, hasCityData: (c) => c === 'DEU' });
const { given } = deciderSpec(decider);
const REG_ID = 'reg_01JGHJHWG0ABCDEFGHJKMNPQRS';
const now = new Date('2025-11-20T10:00:00.000Z');
const later = new Date('2025-12-01T08:30:00.000Z');

function publish(requirement: unknown, at = now, overrides: Partial<PublishRegulationVersion['data']> = {}) {
  return {
    type: 'PublishRegulationVersion',
    data: {
      regulationId: REG_ID,
      country: 'ITA',
      numberType: 'LOCAL',
      endUserType: 'INDIVIDUAL',
      friendlyName: 'Italy: local numbers for individuals',
      requirement,
      gracePeriodDays: 30,
      ...overrides,
    },
    metadata: { now: at, actor: 'stf_admin', correlationId: 'corr-1' },
  } satisfies PublishRegulationVersion;
}

function published(version: number, requirement = italianIndividual, at = now, gracePeriodDays = 30) {
  return {
    type: 'RegulationVersionPublished',
    data: {
      regulationId: REG_ID,
      version,
      country: 'ITA',
      numberType: 'LOCAL',
      endUserType: 'INDIVIDUAL',
      friendlyName: 'Italy: local numbers for individuals',
      requirement,
      gracePeriodDays,
      publishedAt: at.toISOString(),
    },
  } satisfies RegulationVersionPublished;
}

const changed = copy(italianIndividual);
(changed.endUser.fields as unknown as { required: boolean }[])[2]!.required = false;

describe('regulation decider', () => {
  it('publishes version 1 of a new regulation', () => {
    given([])
      .when(publish(italianIndividual))
      .then([published(1)]);
  });

  it('bumps the version when the spec changed, carrying gracePeriodDays and the command time', () => {
    given([published(1)])
      .when(publish(changed, later, { gracePeriodDays: 60 }))
      .then([published(2, changed, later, 60)]);
  });

  it('publishes nothing when the spec is unchanged, whatever the key order', () => {
    const reordered = {
      supportingDocuments: italianIndividual.supportingDocuments,
      address: { location: 'NATIONAL', required: true },
      endUser: italianIndividual.endUser,
    };
    given([published(1)])
      .when(publish(reordered, later))
      .then([]);
  });

  it('compares with the latest version, not the first', () => {
    given([published(1), published(2, changed, later)])
      .when(publish(italianIndividual, later))
      .then([published(3, italianIndividual, later)]);
  });

  it('refuses a malformed spec, listing every problem with its path', () => {
    const bad = copy(italianIndividual) as unknown as { endUser: { fields: Record<string, unknown>[] } };
    bad.endUser.fields[2]!.pattern = '([A-Z';
    bad.endUser.fields[1]!.maxLength = 0;
    given([])
      .when(publish(bad, now, { gracePeriodDays: -1 }))
      .thenFails('VALIDATION_FAILED', [
        'gracePeriodDays',
        'requirement.endUser.fields[1].maxLength',
        'requirement.endUser.fields[2].pattern',
      ]);
  });

  it('refuses to move a regulation to another country, number type or end-user type', () => {
    given([published(1)])
      .when(publish(italianIndividual, later, { country: 'DEU', numberType: 'MOBILE' }))
      .thenFails('VALIDATION_FAILED', ['country', 'numberType']);
  });

  it('refuses a LOCAL address where the country has no cityInfo data, and accepts it where it has', () => {
    const local = copy(italianIndividual) as unknown as { address: { location: string } };
    local.address.location = 'LOCAL';
    given([]).when(publish(local)).thenFails('VALIDATION_FAILED', ['requirement.address.location']);
    expect(decider.decide(publish(local, now, { country: 'DEU' }), null)).toHaveLength(1);
  });

  it('refuses an id that is not reg_ + ULID', () => {
    given([])
      .when(publish(italianIndividual, now, { regulationId: 'reg_123' }))
      .thenFails('VALIDATION_FAILED', ['regulationId']);
  });

  it('evolves to the latest version', () => {
    const state = [published(1), published(2, changed, later)].reduce(decider.evolve, decider.initialState);
    expect(state).toMatchObject({ version: 2, requirement: changed, country: 'ITA' });
  });

  it('names regulations from the canonical country name', () => {
    expect(regulationFriendlyName('Germany', 'TOLL_FREE', 'BUSINESS')).toBe(
      'Germany: toll-free numbers for businesses',
    );
    expect(regulationFriendlyName('Italy', 'LOCAL', 'INDIVIDUAL')).toBe(
      'Italy: local numbers for individuals',
    );
  });
});
