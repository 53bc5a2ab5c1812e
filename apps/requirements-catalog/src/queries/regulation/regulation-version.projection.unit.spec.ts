import { ProjectionSpec } from '@compliance/event-sourcing/testing';
import {
  isWellFormedVersion,
  regulationVersionProjection,
  toRegulation,
  type RegulationProjectionEvent,
} from './regulation-version.projection';

const requirement = {
  endUser: { type: 'BUSINESS' as const, fields: [] },
  address: { required: false, location: 'WORLDWIDE' as const },
  supportingDocuments: [],
};
const published = (version: number, gracePeriodDays = 30): RegulationProjectionEvent => ({
  type: 'RegulationVersionPublished',
  data: {
    regulationId: 'reg_01JGFJJZ000000000000000001',
    version,
    country: 'DEU',
    numberType: 'LOCAL',
    endUserType: 'BUSINESS',
    friendlyName: 'Germany: local numbers for businesses',
    requirement,
    gracePeriodDays,
    publishedAt: '2025-01-01T00:00:00.000Z',
  },
});

const spec = ProjectionSpec.for(regulationVersionProjection);

describe('regulation version projection', () => {
  it('makes the row of a published version (idempotent when run twice)', () => {
    spec.given([]).when(published(1)).then({
      regulationId: 'reg_01JGFJJZ000000000000000001',
      version: 1,
      country: 'DEU',
      numberType: 'LOCAL',
      endUserType: 'BUSINESS',
      friendlyName: 'Germany: local numbers for businesses',
      publishedAt: '2025-01-01T00:00:00.000Z',
      requirement,
      gracePeriodDays: 30,
    });
  });

  it('never rewrites a version it holds, even from a redelivery that differs', () => {
    const first = regulationVersionProjection.evolve(null, published(1, 30));
    spec
      .given([published(1, 30)])
      .when(published(1, 99))
      .then(first);
    expect(first?.gracePeriodDays).toBe(30);
  });

  it('hides the grace period from the public shape', () => {
    const row = regulationVersionProjection.evolve(null, published(2, 7));
    expect(row && toRegulation(row)).not.toHaveProperty('gracePeriodDays');
    expect(row && toRegulation(row).version).toBe(2);
  });

  it.each([null, {}, { ...published(1).data, version: 0 }, { ...published(1).data, requirement: null }])(
    'recognises malformed data %j',
    (data) => {
      expect(isWellFormedVersion(data)).toBe(false);
    },
  );

  it('accepts a well-formed version', () => {
    expect(isWellFormedVersion(published(3).data)).toBe(true);
  });
});
