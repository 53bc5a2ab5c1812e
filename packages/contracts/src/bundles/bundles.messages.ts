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
export type GetBundleInternalReply = Omit<BundleSnapshotV1, 'occurredAt'> & {
  /**
   * Revision of the bundle's stream this answer was read at (the `revision` its events carry on `bundles.events`).
   * Added by number-assignment: with it, a status read here and a status learnt from an event are ordered exactly.
   * Optional: a reply without it is taken as older than any event already seen.
   */
  revision?: number;
};
