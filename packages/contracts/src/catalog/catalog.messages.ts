/**
 * Request and reply bodies of the catalog patterns. Requests carry the RAW strings of the HTTP query or path: the
 * service normalises them (country alpha-2/alpha-3 in any case → alpha-3, GEOGRAPHIC → LOCAL) and answers
 * VALIDATION_FAILED naming the parameter, or NOT_FOUND for unknown ids, versions and types (a ServiceErrorReply).
 */

export type CatalogNumberType = 'LOCAL' | 'NATIONAL' | 'MOBILE' | 'TOLL_FREE';
export type CatalogEndUserType = 'INDIVIDUAL' | 'BUSINESS';
export type CatalogFieldType = 'STRING' | 'DATE' | 'EMAIL' | 'PHONE' | 'ENUM' | 'COUNTRY';
export type CatalogAddressLocation = 'LOCAL' | 'NATIONAL' | 'WORLDWIDE';
export type CatalogDocumentPurpose = 'IDENTITY' | 'ADDRESS' | 'BUSINESS_REGISTRATION' | 'AUTHORIZATION';

export interface CatalogField {
  name: string;
  friendlyName: string;
  type: CatalogFieldType;
  required: boolean;
  maxLength?: number;
  pattern?: string;
  values?: string[];
}

export interface CatalogSupportingDocument {
  name: string;
  friendlyName: string;
  description: string;
  purpose: CatalogDocumentPurpose;
  acceptedDocumentTypes: string[];
}

export interface CatalogRequirement {
  endUser: { type: CatalogEndUserType; fields: CatalogField[] };
  address: { required: boolean; location: CatalogAddressLocation };
  supportingDocuments: CatalogSupportingDocument[];
}

export interface RegulationView {
  regulationId: string;
  version: number;
  /** ISO 3166-1 alpha-3. */
  country: string;
  numberType: CatalogNumberType;
  endUserType: CatalogEndUserType;
  friendlyName: string;
  publishedAt: string;
  requirement: CatalogRequirement;
}

export interface DocumentTypeView {
  type: string;
  friendlyName: string;
  fields: CatalogField[];
  proofRequired: boolean;
  acceptedMimeTypes: string[];
  deleteFileAfterVerification: boolean;
}

export interface EndUserTypeView {
  type: CatalogEndUserType;
  friendlyName: string;
  fields: CatalogField[];
}

export interface CityPostalCodeView {
  city: string;
  postalCode: string;
}

export interface FindRequirementsRequest {
  country?: string;
  numberType?: string;
  endUserType?: string;
}
export interface FindRequirementsReply {
  data: RegulationView[];
}

export interface GetRegulationRequest {
  regulationId: string;
  /** A positive integer as given in `?version=`; absent means the latest. */
  version?: string;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ListEndUserTypesRequest {}
export interface ListEndUserTypesReply {
  data: EndUserTypeView[];
}
export interface GetEndUserTypeRequest {
  type: string;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ListDocumentTypesRequest {}
export interface ListDocumentTypesReply {
  data: DocumentTypeView[];
}
export interface GetDocumentTypeRequest {
  type: string;
}

export interface CityInfoRequest {
  country: string;
  city?: string;
  postalCode?: string;
  pageSize: number;
  pageToken?: string;
}
export interface CityInfoReply {
  data: CityPostalCodeView[];
  nextPageToken: string | null;
}

/**
 * ADMIN only (the gateway enforces the role). Replies the new version, or the version in force when the spec is
 * unchanged; VALIDATION_FAILED lists every problem with its field path (e.g. `requirement.endUser.fields[2].pattern`).
 */
export interface PublishRegulationRequest {
  commandId: string;
  regulationId?: string;
  country: string;
  numberType: string;
  endUserType: string;
  friendlyName?: string;
  requirement: unknown;
  gracePeriodDays: number;
}
