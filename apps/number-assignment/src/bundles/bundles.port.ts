import type { GetBundleInternalReply } from '@compliance/contracts';
import type { CommandMetadata } from '@compliance/event-sourcing';

/**
 * What number-assignment asks bundle-lifecycle: the bundle as it is now. Throws NOT_FOUND for an unknown bundle or
 * another account's, DEPENDENCY_UNAVAILABLE when bundle-lifecycle does not answer.
 */
export interface BundleDirectory {
  getBundle(accountId: string, bundleId: string, metadata?: CommandMetadata): Promise<GetBundleInternalReply>;
}
