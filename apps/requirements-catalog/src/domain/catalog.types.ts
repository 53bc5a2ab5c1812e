/** The catalog's public shapes, exactly as API.md "Requirements catalog" names them. */

export const NUMBER_TYPES = ['LOCAL', 'NATIONAL', 'MOBILE', 'TOLL_FREE'] as const;
export type NumberType = (typeof NUMBER_TYPES)[number];

export const END_USER_TYPES = ['INDIVIDUAL', 'BUSINESS'] as const;
export type EndUserType = (typeof END_USER_TYPES)[number];

export const FIELD_TYPES = ['STRING', 'DATE', 'EMAIL', 'PHONE', 'ENUM', 'COUNTRY'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const ADDRESS_LOCATIONS = ['LOCAL', 'NATIONAL', 'WORLDWIDE'] as const;
export type AddressLocation = (typeof ADDRESS_LOCATIONS)[number];

export const DOCUMENT_PURPOSES = ['IDENTITY', 'ADDRESS', 'BUSINESS_REGISTRATION', 'AUTHORIZATION'] as const;
export type DocumentPurpose = (typeof DOCUMENT_PURPOSES)[number];

export const MIME_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type MimeType = (typeof MIME_TYPES)[number];

export interface Field {
  readonly name: string;
  readonly friendlyName: string;
  readonly type: FieldType;
  readonly required: boolean;
  readonly maxLength?: number;
  /** An ECMAScript regular expression the whole value must match (anchored by the author). */
  readonly pattern?: string;
  /** ENUM only: the allowed values. */
  readonly values?: readonly string[];
}

export interface SupportingDocumentRequirement {
  readonly name: string;
  readonly friendlyName: string;
  readonly description: string;
  readonly purpose: DocumentPurpose;
  readonly acceptedDocumentTypes: readonly string[];
}

export interface Requirement {
  readonly endUser: { readonly type: EndUserType; readonly fields: readonly Field[] };
  readonly address: { readonly required: boolean; readonly location: AddressLocation };
  readonly supportingDocuments: readonly SupportingDocumentRequirement[];
}

export interface Regulation {
  readonly regulationId: string;
  readonly version: number;
  /** ISO 3166-1 alpha-3. */
  readonly country: string;
  readonly numberType: NumberType;
  readonly endUserType: EndUserType;
  readonly friendlyName: string;
  /** ISO-8601 UTC. */
  readonly publishedAt: string;
  readonly requirement: Requirement;
}

export interface DocumentType {
  readonly type: string;
  readonly friendlyName: string;
  readonly fields: readonly Field[];
  readonly proofRequired: boolean;
  readonly acceptedMimeTypes: readonly MimeType[];
  readonly deleteFileAfterVerification: boolean;
}

/** The resource behind `GET .../endUserTypes/{type}`: every field an end user of that type may carry. */
export interface EndUserTypeDefinition {
  readonly type: EndUserType;
  readonly friendlyName: string;
  readonly fields: readonly Field[];
}

export interface CityPostalCode {
  readonly city: string;
  readonly postalCode: string;
}

/** What a regulation spec is checked against: the document and end-user types the catalog defines. */
export interface CatalogReference {
  readonly documentTypes: readonly DocumentType[];
  readonly endUserTypes: readonly EndUserTypeDefinition[];
}
