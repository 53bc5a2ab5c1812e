import type { CityInfoRequest } from '@compliance/contracts';
import type { CatalogRuntime } from '../../catalog-runtime';
import type { CityPostalCode, DocumentType, EndUserTypeDefinition } from '../../domain/catalog.types';
import { queryCityInfo, type Page } from '../../domain/city-info.query';
import { normaliseCountry } from '../../domain/normalise';
import { CatalogError, type FieldProblem } from '../../domain/problems';
import { getDocumentType, getEndUserType } from '../../domain/regulation.queries';

/** Reference data shipped with the service: document types, end-user types and cityInfo. Pure over the runtime. */
export function listEndUserTypes(runtime: CatalogRuntime): { data: EndUserTypeDefinition[] } {
  return { data: [...runtime.data.endUserTypes] };
}

export function findEndUserType(runtime: CatalogRuntime, type: unknown): EndUserTypeDefinition {
  return getEndUserType(runtime.data.endUserTypes, requiredText(type, 'type'));
}

export function listDocumentTypes(runtime: CatalogRuntime): { data: DocumentType[] } {
  return { data: [...runtime.data.documentTypes] };
}

export function findDocumentType(runtime: CatalogRuntime, type: unknown): DocumentType {
  return getDocumentType(runtime.data.documentTypes, requiredText(type, 'type'));
}

/** A country without cityInfo data answers an empty page: nothing is known there, which is not an error. */
export function cityInfo(runtime: CatalogRuntime, request: CityInfoRequest): Page<CityPostalCode> {
  const problems: FieldProblem[] = [];
  const country = normaliseCountry(request?.country, runtime.countries);
  if (!country.ok) problems.push(...country.problems);
  for (const field of ['city', 'postalCode', 'pageToken'] as const) {
    const value = request?.[field];
    if (value !== undefined && value !== null && typeof value !== 'string') {
      problems.push({ field, code: 'INVALID_TYPE', message: `${field} is a text.` });
    }
  }
  const query = {
    ...(typeof request?.city === 'string' ? { city: request.city } : {}),
    ...(typeof request?.postalCode === 'string' ? { postalCode: request.postalCode } : {}),
    ...(typeof request?.pageToken === 'string' ? { pageToken: request.pageToken } : {}),
    pageSize: request?.pageSize,
  };
  const page = queryCityInfo(country.ok ? runtime.cities.entries(country.value) : [], query);
  if (!page.ok) problems.push(...page.problems);
  if (problems.length > 0 || !page.ok) throw CatalogError.validation(problems);
  return page.value;
}

function requiredText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw CatalogError.validation([{ field, code: 'REQUIRED', message: `Give a ${field}.` }]);
  }
  return value;
}
