import { serviceTopics } from '../messaging/service-topics';

/**
 * Request-reply patterns of identity-assets. The owner (identity-assets) adds its public patterns here; the two
 * below are internal and are what bundle-lifecycle relies on (never reachable through the public API).
 */
export const IDENTITY_PATTERNS = {
  /** Replies decrypted assets: its request and reply topics get a short retention (they carry personal data). */
  getAssetsForEvaluation: 'identity.get-assets-for-evaluation',
  copyAssets: 'identity.copy-assets',
} as const;

/** Integration events of identity-assets, keyed by asset id (end-user id for erasure). */
export const IDENTITY_EVENTS_TOPIC = 'identity.events';

export const IDENTITY_CONSUMER_GROUP = 'identity-assets';

export function identityTopics(namespace = '') {
  return serviceTopics(IDENTITY_PATTERNS, IDENTITY_EVENTS_TOPIC, namespace);
}

export type IdentityTopics = ReturnType<typeof identityTopics>;
