import type { CatalogEndUserType, CatalogNumberType, CatalogRequirement } from './catalog.messages';

/**
 * Events the catalog service publishes on `catalog.events` (the store envelope as JSON, key = regulation id,
 * stream `regulation-<regulationId>`). `metadata.schemaVersion` is the version of `data`; a change that is not
 * additive gets a new version.
 *
 * `RegulationVersionPublished` v1: a new version of a regulation is in force from `publishedAt`. Bundle lifecycle
 * consumes it: every APPROVED bundle on an older version of `regulationId` gets `validUntil = publishedAt +
 * gracePeriodDays` days. Versions start at 1 and grow by 1 per regulation; a redelivery carries the same
 * (regulationId, version) and must be ignored.
 */
export const CATALOG_EVENT_TYPES = ['RegulationVersionPublished'] as const;
export type CatalogEventType = (typeof CATALOG_EVENT_TYPES)[number];

export interface RegulationVersionPublishedV1 {
  regulationId: string;
  version: number;
  /** ISO 3166-1 alpha-3. */
  country: string;
  numberType: CatalogNumberType;
  endUserType: CatalogEndUserType;
  friendlyName: string;
  requirement: CatalogRequirement;
  /** 0..365. */
  gracePeriodDays: number;
  /** ISO-8601 UTC. */
  publishedAt: string;
}

export const CATALOG_EVENT_SCHEMA_VERSION = 1;

export type CatalogIntegrationEvent = {
  type: 'RegulationVersionPublished';
  data: RegulationVersionPublishedV1;
};

export function isCatalogEventType(type: string): type is CatalogEventType {
  return (CATALOG_EVENT_TYPES as readonly string[]).includes(type);
}
