import type {
  AltBusinessIdType,
  BrandEntityType,
  BrandVertical,
  EvpId,
  IdentityStatus,
  RequestableEvpId,
  StockExchange,
  VettingClass,
} from './brands.values';

/**
 * Events brand-vetting publishes on `brands.events` (the store envelope as JSON: `{ eventId, type, data, metadata,
 * streamId, revision, position }`, stream `brand-<brandId>`, key = brand id, so order per brand holds).
 * `metadata.accountId` is the brand's account; `metadata.schemaVersion` the version of `data` (all v1). Consumers
 * ignore types they do not know and drop redeliveries by `eventId`. Brand data is business data, not personal data.
 */
export const BRAND_EVENT_TYPES = [
  'BrandRegistered',
  'BrandRevetted',
  'VettingRequested',
  'VettingCompleted',
  'VettingFailed',
  'VettingImported',
] as const;
export type BrandEventType = (typeof BRAND_EVENT_TYPES)[number];

export interface BrandInformationV1 {
  entityType: BrandEntityType;
  companyName: string;
  displayName: string;
  ein: string;
  einIssuingCountry: string;
  phone: string;
  email: string;
  street: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
  website: string | null;
  vertical: BrandVertical;
  stockSymbol: string | null;
  stockExchange: StockExchange | null;
  altBusinessId: string | null;
  altBusinessIdType: AltBusinessIdType | null;
}

/** A brand was registered; the registry (TCR) gave it `identityStatus`. */
export interface BrandRegisteredV1 {
  brandId: string;
  accountId: string;
  information: BrandInformationV1;
  identityStatus: IdentityStatus;
  registeredAt: string;
}

/** An UNVERIFIED brand was re-vetted by the registry; `identityStatus` is the new answer (may stay UNVERIFIED). */
export interface BrandRevettedV1 {
  brandId: string;
  accountId: string;
  commandId: string;
  previousIdentityStatus: IdentityStatus;
  identityStatus: IdentityStatus;
  revettedAt: string;
}

/**
 * External vetting was requested; the record is PENDING until VettingCompleted or VettingFailed.
 * `brandInformationVersion` counts registrations and revets: the same (evpId, vettingClass) on the same version is
 * refused (12185 / 525).
 */
export interface VettingRequestedV1 {
  brandId: string;
  accountId: string;
  vettingId: string;
  evpId: RequestableEvpId;
  vettingClass: VettingClass;
  brandInformationVersion: number;
  createDate: string;
}

export interface VettingCompletedV1 {
  brandId: string;
  accountId: string;
  vettingId: string;
  vettingScore: number;
  vettedDate: string;
}

export interface VettingFailedV1 {
  brandId: string;
  accountId: string;
  vettingId: string;
  failureReason: string;
  failedAt: string;
}

/** A record of an external vetting provider was imported as it stood at the provider. */
export interface VettingImportedV1 {
  brandId: string;
  accountId: string;
  vettingId: string;
  evpId: EvpId;
  vettingClass: VettingClass;
  vettingStatus: 'ACTIVE' | 'FAILED';
  vettingScore: number | null;
  createDate: string;
  vettedDate: string | null;
  importedAt: string;
}

export const BRAND_EVENT_SCHEMA_VERSION = 1;

export type BrandIntegrationEvent =
  | { type: 'BrandRegistered'; data: BrandRegisteredV1 }
  | { type: 'BrandRevetted'; data: BrandRevettedV1 }
  | { type: 'VettingRequested'; data: VettingRequestedV1 }
  | { type: 'VettingCompleted'; data: VettingCompletedV1 }
  | { type: 'VettingFailed'; data: VettingFailedV1 }
  | { type: 'VettingImported'; data: VettingImportedV1 };

export function isBrandEventType(type: string): type is BrandEventType {
  return (BRAND_EVENT_TYPES as readonly string[]).includes(type);
}
