import type {
  AltBusinessIdType,
  BrandEntityType,
  BrandVertical,
  EvpId,
  IdentityStatus,
  RequestableEvpId,
  StockExchange,
  VettingClass,
  VettingStatus,
} from './brands.values';

/** What a customer gives to register a brand (validated at the gateway, checked again by the service). */
export interface BrandInput {
  entityType: BrandEntityType;
  companyName: string;
  displayName: string;
  ein: string;
  /** ISO 3166-1 alpha-2. */
  einIssuingCountry: string;
  /** E.164. */
  phone: string;
  email: string;
  street: string;
  city: string;
  state: string;
  postalCode: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  website?: string;
  vertical: BrandVertical;
  stockSymbol?: string;
  stockExchange?: StockExchange;
  altBusinessId?: string;
  altBusinessIdType?: AltBusinessIdType;
}

/** A brand as the API answers it; absent optional fields are null. */
export interface BrandView {
  brandId: string;
  accountId: string;
  identityStatus: IdentityStatus;
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
  createdAt: string;
  updatedAt: string;
}

/** One external vetting record of a brand (requested here or imported). */
export interface VettingView {
  vettingId: string;
  brandId: string;
  evpId: EvpId;
  vettingClass: VettingClass;
  vettingStatus: VettingStatus;
  /** 0..100 once ACTIVE; null while PENDING or when FAILED. */
  vettingScore: number | null;
  createDate: string;
  vettedDate: string | null;
  /** Why a FAILED vetting failed; null otherwise. */
  failureReason: string | null;
}

export interface RegisterBrandRequest {
  /** Chosen once per HTTP request: the brand id is `brd_<commandId>`, so a resent request registers nothing new. */
  commandId: string;
  accountId: string;
  brand: BrandInput;
}

export interface ListBrandsRequest {
  accountId: string;
  pageSize: number;
  pageToken?: string;
}

export interface BrandPage {
  data: BrandView[];
  nextPageToken: string | null;
}

export interface GetBrandRequest {
  accountId: string;
  brandId: string;
}

export interface RevetBrandRequest {
  commandId: string;
  accountId: string;
  brandId: string;
}

export interface RequestVettingRequest {
  /** The vetting id is `vet_<commandId>`: a resent request answers the same record. */
  commandId: string;
  accountId: string;
  brandId: string;
  evpId: RequestableEvpId;
  vettingClass: VettingClass;
}

export interface ImportVettingRequest {
  accountId: string;
  brandId: string;
  evpId: EvpId;
  vettingId: string;
  vettingToken?: string;
}

export interface ListVettingsRequest {
  accountId: string;
  brandId: string;
}

export interface VettingList {
  data: VettingView[];
}
