import { serviceTopics } from '../messaging/service-topics';

/**
 * Request-reply patterns of identity-assets. The owner (identity-assets) adds its public patterns here; the two
 * below are internal and are what bundle-lifecycle relies on (never reachable through the public API).
 */
export const IDENTITY_PATTERNS = {
  /** Replies decrypted assets: its request and reply topics get a short retention (they carry personal data). */
  getAssetsForEvaluation: 'identity.get-assets-for-evaluation',
  copyAssets: 'identity.copy-assets',
  createEndUser: 'identity.create-end-user',
  listEndUsers: 'identity.list-end-users',
  getEndUser: 'identity.get-end-user',
  updateEndUser: 'identity.update-end-user',
  deleteEndUser: 'identity.delete-end-user',
  eraseEndUser: 'identity.erase-end-user',
  createAddress: 'identity.create-address',
  listAddresses: 'identity.list-addresses',
  getAddress: 'identity.get-address',
  updateAddress: 'identity.update-address',
  deleteAddress: 'identity.delete-address',
  createDocument: 'identity.create-document',
  listDocuments: 'identity.list-documents',
  getDocument: 'identity.get-document',
  updateDocument: 'identity.update-document',
  deleteDocument: 'identity.delete-document',
} as const;

export type IdentityPatternName = keyof typeof IDENTITY_PATTERNS;

/**
 * Requests and replies of identity-assets carry personal data in plaintext (the service seals it): their topics keep
 * messages for one hour only (and roll segments every 10 minutes so the retention can act).
 */
export const IDENTITY_REQUEST_TOPIC_CONFIG: readonly { name: string; value: string }[] = [
  { name: 'retention.ms', value: String(60 * 60 * 1000) },
  { name: 'segment.ms', value: String(10 * 60 * 1000) },
];

/** Default port of identity-assets' internal HTTP endpoint (document files), shared by the gateway's default. */
export const IDENTITY_INTERNAL_HTTP_PORT = 3101;

/** Integration events of identity-assets, keyed by asset id (end-user id for erasure). */
export const IDENTITY_EVENTS_TOPIC = 'identity.events';

export const IDENTITY_CONSUMER_GROUP = 'identity-assets';

export function identityTopics(namespace = '') {
  return serviceTopics(IDENTITY_PATTERNS, IDENTITY_EVENTS_TOPIC, namespace);
}

export type IdentityTopics = ReturnType<typeof identityTopics>;
