import { serviceTopics } from '../messaging/service-topics';

/**
 * Request-reply patterns of bundle-lifecycle. The owner of this file (bundle-lifecycle) adds its public patterns
 * here; `getBundleInternal` is the one other services rely on (number-assignment checks status, country and type).
 */
export const BUNDLE_PATTERNS = {
  getBundleInternal: 'bundles.get-bundle-internal',
} as const;

/** Integration events of bundle-lifecycle (see bundles.integration-events.ts), keyed by bundle id. */
export const BUNDLE_EVENTS_TOPIC = 'bundles.events';

export const BUNDLE_CONSUMER_GROUP = 'bundle-lifecycle';

export function bundleTopics(namespace = '') {
  return serviceTopics(BUNDLE_PATTERNS, BUNDLE_EVENTS_TOPIC, namespace);
}

export type BundleTopics = ReturnType<typeof bundleTopics>;
