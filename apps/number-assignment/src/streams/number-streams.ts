import { toStreamId } from '@compliance/event-sourcing';

/**
 * `phonenumber-<E.164>`: one stream per number across all accounts, so "a number is in one bundle only" holds by the
 * stream's expected revision. `bundlenumbers-<bundleId>`: the numbers of one bundle and the bundle status acted on.
 * The relay publishes both categories on `numbers.events` (key = number or bundle id).
 */
export const PHONE_NUMBER_STREAM_CATEGORY = 'phonenumber';
export const BUNDLE_NUMBERS_STREAM_CATEGORY = 'bundlenumbers';

export function phoneNumberStreamId(e164: string): string {
  return toStreamId(PHONE_NUMBER_STREAM_CATEGORY, e164);
}

export function bundleNumbersStreamId(bundleId: string): string {
  return toStreamId(BUNDLE_NUMBERS_STREAM_CATEGORY, bundleId);
}

export const NUMBER_STREAM_PREFIXES = [
  `${PHONE_NUMBER_STREAM_CATEGORY}-`,
  `${BUNDLE_NUMBERS_STREAM_CATEGORY}-`,
];
