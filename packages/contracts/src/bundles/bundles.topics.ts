import { serviceTopics } from '../messaging/service-topics';

/**
 * Request-reply patterns of bundle-lifecycle. The owner of this file (bundle-lifecycle) adds its public patterns
 * here; `getBundleInternal` is the one other services rely on (number-assignment checks status, country and type);
 * the others serve the gateway's bundle and review endpoints.
 */
export const BUNDLE_PATTERNS = {
  getBundleInternal: 'bundles.get-bundle-internal',
  createBundle: 'bundles.create-bundle',
  listBundles: 'bundles.list-bundles',
  getBundle: 'bundles.get-bundle',
  updateBundle: 'bundles.update-bundle',
  deleteBundle: 'bundles.delete-bundle',
  assignItem: 'bundles.assign-item',
  listItems: 'bundles.list-items',
  removeItem: 'bundles.remove-item',
  createEvaluation: 'bundles.create-evaluation',
  listEvaluations: 'bundles.list-evaluations',
  getEvaluation: 'bundles.get-evaluation',
  createCopy: 'bundles.create-copy',
  listCopies: 'bundles.list-copies',
  replaceItems: 'bundles.replace-items',
  getHistory: 'bundles.get-history',
  listReviews: 'bundles.list-reviews',
  claimBundle: 'bundles.claim-bundle',
  decideBundle: 'bundles.decide-bundle',
} as const;

export type BundlePatternName = keyof typeof BUNDLE_PATTERNS;

/** Integration events of bundle-lifecycle (see bundles.integration-events.ts), keyed by bundle id. */
export const BUNDLE_EVENTS_TOPIC = 'bundles.events';

export const BUNDLE_CONSUMER_GROUP = 'bundle-lifecycle';

export function bundleTopics(namespace = '') {
  return serviceTopics(BUNDLE_PATTERNS, BUNDLE_EVENTS_TOPIC, namespace);
}

export type BundleTopics = ReturnType<typeof bundleTopics>;
