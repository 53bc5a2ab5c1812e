import type { FindRequirementsRequest, GetRegulationRequest } from '@compliance/contracts';
import type { CatalogDeps } from '../../catalog-runtime';
import type { Regulation } from '../../domain/catalog.types';
import { normaliseRequirementsFilter, normaliseVersion } from '../../domain/normalise';
import { CatalogError, orThrow } from '../../domain/problems';
import { findRequirements, getRegulation } from '../../domain/regulation.queries';
import { toRegulation } from './regulation-version.projection';
import { findLatestVersions, findVersions } from './regulation.repository';

export async function findRequirementsQuery(
  deps: CatalogDeps,
  request: FindRequirementsRequest,
): Promise<{ data: Regulation[] }> {
  const filter = orThrow(normaliseRequirementsFilter(request ?? {}, deps.runtime.countries));
  const rows = await findLatestVersions(deps.pool, filter);
  return { data: findRequirements(rows.map(toRegulation), filter) };
}

export async function getRegulationQuery(
  deps: CatalogDeps,
  request: GetRegulationRequest,
): Promise<Regulation> {
  const regulationId = typeof request?.regulationId === 'string' ? request.regulationId.trim() : '';
  if (regulationId === '') {
    throw CatalogError.validation([
      { field: 'regulationId', code: 'REQUIRED', message: 'Give a regulation id.' },
    ]);
  }
  const given = request.version !== undefined && request.version !== null && request.version !== '';
  const version = given ? orThrow(normaliseVersion(request.version)) : undefined;
  const rows = await findVersions(deps.pool, regulationId);
  return getRegulation(rows.map(toRegulation), regulationId, version);
}
