/** Value sets of 10DLC brands and vetting, as The Campaign Registry (TCR) and the Bandwidth guide name them. */
export const BRAND_ENTITY_TYPES = [
  'PRIVATE_PROFIT',
  'PUBLIC_PROFIT',
  'NON_PROFIT',
  'GOVERNMENT',
  'SOLE_PROPRIETOR',
] as const;
export type BrandEntityType = (typeof BRAND_ENTITY_TYPES)[number];

export const BRAND_VERTICALS = [
  'AGRICULTURE',
  'COMMUNICATION',
  'CONSTRUCTION',
  'EDUCATION',
  'ENERGY',
  'ENTERTAINMENT',
  'FINANCIAL',
  'GAMBLING',
  'GOVERNMENT',
  'HEALTHCARE',
  'HOSPITALITY',
  'HUMAN_RESOURCES',
  'INSURANCE',
  'LEGAL',
  'MANUFACTURING',
  'NGO',
  'POLITICAL',
  'POSTAL',
  'PROFESSIONAL',
  'REAL_ESTATE',
  'RETAIL',
  'TECHNOLOGY',
  'TRANSPORTATION',
] as const;
export type BrandVertical = (typeof BRAND_VERTICALS)[number];

export const STOCK_EXCHANGES = [
  'NONE',
  'NASDAQ',
  'NYSE',
  'AMEX',
  'AMX',
  'ASX',
  'B3',
  'BME',
  'BSE',
  'FRA',
  'ICEX',
  'JPX',
  'JSE',
  'KRX',
  'LON',
  'NSE',
  'OMX',
  'SEHK',
  'SSE',
  'STO',
  'SWX',
  'SZSE',
  'TSX',
  'TWSE',
  'VSE',
  'OTHER',
] as const;
export type StockExchange = (typeof STOCK_EXCHANGES)[number];

export const ALT_BUSINESS_ID_TYPES = ['NONE', 'DUNS', 'GIIN', 'LEI'] as const;
export type AltBusinessIdType = (typeof ALT_BUSINESS_ID_TYPES)[number];

/** What the registry (TCR) says about the brand's identity. Only UNVERIFIED brands may be re-vetted. */
export const IDENTITY_STATUSES = ['UNVERIFIED', 'VERIFIED', 'VETTED_VERIFIED', 'SELF_DECLARED'] as const;
export type IdentityStatus = (typeof IDENTITY_STATUSES)[number];

/** External vetting providers. CV (Campaign Verify) records can be imported but not requested. */
export const EVP_IDS = ['AEGIS', 'WMC', 'CV'] as const;
export type EvpId = (typeof EVP_IDS)[number];
export const REQUESTABLE_EVP_IDS = ['AEGIS', 'WMC'] as const;
export type RequestableEvpId = (typeof REQUESTABLE_EVP_IDS)[number];

export const VETTING_CLASSES = ['STANDARD', 'POLITICAL'] as const;
export type VettingClass = (typeof VETTING_CLASSES)[number];

export const VETTING_STATUSES = ['PENDING', 'ACTIVE', 'FAILED'] as const;
export type VettingStatus = (typeof VETTING_STATUSES)[number];

/**
 * Error codes of the registry as the Bandwidth guide shows them. The service replies them as the `code` of a 400
 * error reply; the gateway renders them as `errorCode` (JSON) or `ResponseStatus/ErrorCode` (XML).
 */
export const BRAND_REGISTRY_ERRORS = {
  /** Revet of a brand whose identity status is not UNVERIFIED. */
  revetNotAllowed: '12210',
  /** A call to the campaign registry failed validation; the inner errors say why. */
  registryValidationFailed: '12185',
  /** Inner error of 12185: the same vetting request again with unchanged brand information. */
  resubmissionWithSameInformation: '525',
} as const;

export function isBrandRegistryErrorCode(code: string): boolean {
  return /^\d+$/.test(code);
}
