import { serviceTopics } from '../messaging/service-topics';

/** Request-reply patterns of number-assignment (see numbers.messages.ts). */
export const NUMBER_PATTERNS = {
  bulkPhoneNumbers: 'numbers.bulk-phone-numbers',
  listBundlePhoneNumbers: 'numbers.list-bundle-phone-numbers',
  getPhoneNumber: 'numbers.get-phone-number',
  getPhoneNumberHistory: 'numbers.get-phone-number-history',
} as const;

export type NumberPatternName = keyof typeof NUMBER_PATTERNS;

/** Integration events of number-assignment (see numbers.integration-events.ts). */
export const NUMBER_EVENTS_TOPIC = 'numbers.events';

export const NUMBER_CONSUMER_GROUP = 'number-assignment';

export function numberTopics(namespace = '') {
  return serviceTopics(NUMBER_PATTERNS, NUMBER_EVENTS_TOPIC, namespace);
}

export type NumberTopics = ReturnType<typeof numberTopics>;
