import {
  CatalogError,
  addVersion,
  findRequirements,
  getDocumentType,
  getEndUserType,
  getRegulation,
  type Regulation,
  type RegulationVersionPublished,
} from '../src';
import { italianIndividual, reference } from './support/fixtures';

function event(
  regulationId: string,
  version: number,
  country: string,
  numberType: Regulation['numberType'],
  endUserType: Regulation['endUserType'],
): RegulationVersionPublished {
  return {
    type: 'RegulationVersionPublished',
    data: {
      regulationId,
      version,
      country,
      numberType,
      endUserType,
      friendlyName: `${country} ${numberType} ${endUserType} v${version}`,
      requirement: italianIndividual,
      gracePeriodDays: 30,
      publishedAt: `2025-0${version}-01T00:00:00.000Z`,
    },
  };
}

const events = [
  event('reg_ITA_LOCAL_I', 1, 'ITA', 'LOCAL', 'INDIVIDUAL'),
  event('reg_DEU_MOBILE_I', 1, 'DEU', 'MOBILE', 'INDIVIDUAL'),
  event('reg_ITA_LOCAL_I', 2, 'ITA', 'LOCAL', 'INDIVIDUAL'),
  event('reg_DEU_LOCAL_B', 1, 'DEU', 'LOCAL', 'BUSINESS'),
  event('reg_ITA_LOCAL_I', 3, 'ITA', 'LOCAL', 'INDIVIDUAL'),
  event('reg_DEU_LOCAL_I', 1, 'DEU', 'LOCAL', 'INDIVIDUAL'),
];
const versions = events.reduce<Regulation[]>(addVersion, []);

function notFound(run: () => unknown): CatalogError {
  try {
    run();
  } catch (error) {
    if (error instanceof CatalogError) return error;
    throw error;
  }
  throw new Error('expected NOT_FOUND');
}

describe('regulation queries', () => {
  it('keeps each version once, even when an event is applied twice', () => {
    expect(addVersion(versions, events[0]!)).toHaveLength(versions.length);
    expect(versions).toHaveLength(6);
  });

  it('lists the latest version of each regulation, in a stable order', () => {
    expect(findRequirements(versions, {}).map((r) => `${r.regulationId}@${r.version}`)).toEqual([
      'reg_DEU_LOCAL_B@1',
      'reg_DEU_LOCAL_I@1',
      'reg_DEU_MOBILE_I@1',
      'reg_ITA_LOCAL_I@3',
    ]);
  });

  it('filters by country, number type and end-user type', () => {
    expect(
      findRequirements(versions, { country: 'DEU', numberType: 'LOCAL' }).map((r) => r.regulationId),
    ).toEqual(['reg_DEU_LOCAL_B', 'reg_DEU_LOCAL_I']);
    expect(findRequirements(versions, { endUserType: 'INDIVIDUAL', numberType: 'MOBILE' })).toHaveLength(1);
    expect(findRequirements(versions, { country: 'FRA' })).toEqual([]);
  });

  it('returns the latest version by default and a given one on request', () => {
    expect(getRegulation(versions, 'reg_ITA_LOCAL_I').version).toBe(3);
    expect(getRegulation(versions, 'reg_ITA_LOCAL_I', 1)).toMatchObject({
      version: 1,
      publishedAt: '2025-01-01T00:00:00.000Z',
    });
    expect(getRegulation(versions, 'reg_ITA_LOCAL_I', 2).friendlyName).toBe('ITA LOCAL INDIVIDUAL v2');
  });

  it('answers NOT_FOUND for an unknown regulation or version', () => {
    expect(notFound(() => getRegulation(versions, 'reg_NOPE'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(notFound(() => getRegulation(versions, 'reg_ITA_LOCAL_I', 4)).errors[0]?.field).toBe('version');
  });

  it('finds document and end-user types, or NOT_FOUND', () => {
    expect(getDocumentType(reference.documentTypes, 'passport').proofRequired).toBe(true);
    expect(notFound(() => getDocumentType(reference.documentTypes, 'visa')).code).toBe('NOT_FOUND');
    expect(getEndUserType(reference.endUserTypes, 'business').type).toBe('BUSINESS');
    expect(notFound(() => getEndUserType(reference.endUserTypes, 'robot')).code).toBe('NOT_FOUND');
  });

  it('regulation objects carry exactly the public fields', () => {
    expect(Object.keys(getRegulation(versions, 'reg_DEU_LOCAL_B')).sort()).toEqual(
      [
        'country',
        'endUserType',
        'friendlyName',
        'numberType',
        'publishedAt',
        'regulationId',
        'requirement',
        'version',
      ].sort(),
    );
  });
});
