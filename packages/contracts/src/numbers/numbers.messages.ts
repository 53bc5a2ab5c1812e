import type { PhoneNumberChangeReason, PhoneNumberStatus } from './numbers.integration-events';

export const BULK_PHONE_NUMBER_ACTIONS = ['ADD', 'REMOVE'] as const;
export type BulkPhoneNumberAction = (typeof BULK_PHONE_NUMBER_ACTIONS)[number];

/** Most numbers per bulk request (API.md "Phone numbers"). */
export const MAX_BULK_PHONE_NUMBERS = 1000;

/**
 * Why one number of a bulk request was not added or removed (`errorCode` of a FAILED result). The request itself
 * still answers 200 with one result per number.
 */
export const PHONE_NUMBER_ERROR_CODES = [
  /** Not in E.164 (`+` and 2 to 15 digits, no spaces) or not a valid number by the numbering plan. */
  'INVALID_PHONE_NUMBER',
  /** A valid number of another country than the bundle's. */
  'WRONG_COUNTRY',
  /** A valid number of the bundle's country whose type does not fit the bundle's number type. */
  'WRONG_NUMBER_TYPE',
  /** The number appears more than once in the request; the first occurrence is processed. */
  'DUPLICATE_IN_REQUEST',
  /** The number is in another bundle (of this or another account) and must be removed there first. */
  'IN_ANOTHER_BUNDLE',
  /** REMOVE of a number that is not in this bundle. */
  'NOT_IN_BUNDLE',
  /** ADD to a bundle that is not PENDING_REVIEW, IN_REVIEW or APPROVED (DRAFT, REJECTED). */
  'BUNDLE_NOT_SUBMITTED',
  /** Other requests changed this number at the same moment, every retry included; send it again. */
  'CONCURRENT_MODIFICATION',
] as const;
export type PhoneNumberErrorCode = (typeof PHONE_NUMBER_ERROR_CODES)[number];

/** `numbers.bulk-phone-numbers`: add or remove 1 to 1,000 numbers on a bundle of the account. */
export interface BulkPhoneNumbersRequest {
  accountId: string;
  bundleId: string;
  action: BulkPhoneNumberAction;
  phoneNumbers: string[];
  allDetailsAccurate: boolean;
}

export interface BulkPhoneNumberResult {
  phoneNumber: string;
  status: PhoneNumberStatus;
  errorCode?: PhoneNumberErrorCode;
  message?: string;
}

export interface BulkPhoneNumbersReply {
  results: BulkPhoneNumberResult[];
}

/** A number as the API shows it. */
export interface PhoneNumberView {
  phoneNumber: string;
  bundleId: string;
  status: PhoneNumberStatus;
  attachedAt: string | null;
  updatedAt: string;
}

export const PHONE_NUMBERS_DEFAULT_PAGE_SIZE = 20;
export const PHONE_NUMBERS_MAX_PAGE_SIZE = 100;

/** `numbers.list-bundle-phone-numbers`: the numbers whose latest bundle is this one, in E.164 order. */
export interface ListBundlePhoneNumbersRequest {
  accountId: string;
  bundleId: string;
  pageSize?: number;
  pageToken?: string;
  status?: PhoneNumberStatus;
}

export interface PhoneNumberPage {
  data: PhoneNumberView[];
  nextPageToken: string | null;
}

/** `numbers.get-phone-number`: one number of the account (NOT_FOUND for an unknown one or another account's). */
export interface GetPhoneNumberRequest {
  accountId: string;
  phoneNumber: string;
}

/** One change of a number, as its history shows it. */
export interface PhoneNumberChangeView {
  bundleId: string;
  previousStatus: PhoneNumberStatus | null;
  status: PhoneNumberStatus;
  reason: PhoneNumberChangeReason;
  occurredAt: string;
}

/**
 * `numbers.get-phone-number-history` (same request as get-phone-number): the number's changes while it was on this
 * account's bundles, oldest first (another account's time with the number is not shown; none at all is NOT_FOUND).
 */
export interface PhoneNumberHistoryPage {
  data: PhoneNumberChangeView[];
  nextPageToken: null;
}
