import type { BundleSnapshotV1 } from './bundles.integration-events';

/**
 * `bundles.get-bundle-internal`: the bundle as it is now, straight from its stream (not a projection), for services
 * that must decide on its current status (number-assignment). Replies NOT_FOUND for an unknown bundle or one of
 * another account.
 */
export interface GetBundleInternalRequest {
  accountId: string;
  bundleId: string;
}
export type GetBundleInternalReply = Omit<BundleSnapshotV1, 'occurredAt'>;
