import { toStreamId } from '@compliance/event-sourcing';

/** Streams `bundle-<bundleId>`; the relay publishes this category on `bundles.events`. */
export const BUNDLE_STREAM_CATEGORY = 'bundle';

export function bundleStreamId(bundleId: string): string {
  return toStreamId(BUNDLE_STREAM_CATEGORY, bundleId);
}
