import type { DocumentType, EndUserType, EndUserTypeDefinition, Regulation } from './catalog.types';
import type { RequirementsFilter } from './normalise';
import { CatalogError } from './problems';
import type { RegulationVersionPublished } from './regulation.events';

/** The read model of one published version (the public Regulation shape). */
export function regulationFromEvent(event: RegulationVersionPublished): Regulation {
  const { regulationId, version, country, numberType, endUserType, friendlyName, publishedAt, requirement } =
    event.data;
  return { regulationId, version, country, numberType, endUserType, friendlyName, publishedAt, requirement };
}

/**
 * Every version of every regulation, kept so old versions stay readable. Idempotent: a version already
 * held is not added twice.
 */
export function addVersion(versions: readonly Regulation[], event: RegulationVersionPublished): Regulation[] {
  const { regulationId, version } = event.data;
  if (versions.some((r) => r.regulationId === regulationId && r.version === version)) return [...versions];
  return [...versions, regulationFromEvent(event)];
}

function latestPerRegulation(versions: readonly Regulation[]): Regulation[] {
  const latest = new Map<string, Regulation>();
  for (const r of versions) {
    const held = latest.get(r.regulationId);
    if (!held || r.version > held.version) latest.set(r.regulationId, r);
  }
  return [...latest.values()];
}

const NUMBER_TYPE_ORDER = ['LOCAL', 'NATIONAL', 'MOBILE', 'TOLL_FREE'];

/** `GET .../requirements`: the latest version of each matching regulation, in a stable order. */
export function findRequirements(versions: readonly Regulation[], filter: RequirementsFilter): Regulation[] {
  return latestPerRegulation(versions)
    .filter(
      (r) =>
        (filter.country === undefined || r.country === filter.country) &&
        (filter.numberType === undefined || r.numberType === filter.numberType) &&
        (filter.endUserType === undefined || r.endUserType === filter.endUserType),
    )
    .sort(
      (a, b) =>
        a.country.localeCompare(b.country) ||
        NUMBER_TYPE_ORDER.indexOf(a.numberType) - NUMBER_TYPE_ORDER.indexOf(b.numberType) ||
        a.endUserType.localeCompare(b.endUserType),
    );
}

/** `GET .../regulations/{id}[?version=N]`: the latest version, or the one asked for; 404 otherwise. */
export function getRegulation(
  versions: readonly Regulation[],
  regulationId: string,
  version?: number,
): Regulation {
  const all = versions.filter((r) => r.regulationId === regulationId);
  if (all.length === 0)
    throw CatalogError.notFound(`Regulation ${regulationId} does not exist.`, 'regulationId');
  if (version === undefined) return all.reduce((a, b) => (b.version > a.version ? b : a));
  const found = all.find((r) => r.version === version);
  if (!found) throw CatalogError.notFound(`Regulation ${regulationId} has no version ${version}.`, 'version');
  return found;
}

export function getDocumentType(documentTypes: readonly DocumentType[], type: string): DocumentType {
  const found = documentTypes.find((d) => d.type === type);
  if (!found) throw CatalogError.notFound(`Document type '${type}' does not exist.`, 'type');
  return found;
}

/** End-user types are matched in any case, like every other enum on input. */
export function getEndUserType(
  endUserTypes: readonly EndUserTypeDefinition[],
  type: string,
): EndUserTypeDefinition {
  const upper = type.trim().toUpperCase() as EndUserType;
  const found = endUserTypes.find((d) => d.type === upper);
  if (!found) throw CatalogError.notFound(`End-user type '${type}' does not exist.`, 'type');
  return found;
}
