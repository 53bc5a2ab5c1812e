import { toStreamId } from '@compliance/event-sourcing';

/** Stream categories of identity-assets; the relay publishes these on `identity.events`. */
export const END_USER_CATEGORY = 'identity_enduser';
export const ADDRESS_CATEGORY = 'identity_address';
export const DOCUMENT_CATEGORY = 'identity_document';
export const IDENTITY_STREAM_PREFIXES = [END_USER_CATEGORY, ADDRESS_CATEGORY, DOCUMENT_CATEGORY].map(
  (c) => `${c}-`,
);

export const endUserStreamId = (endUserId: string): string => toStreamId(END_USER_CATEGORY, endUserId);
export const addressStreamId = (addressId: string): string => toStreamId(ADDRESS_CATEGORY, addressId);
export const documentStreamId = (documentId: string): string => toStreamId(DOCUMENT_CATEGORY, documentId);
