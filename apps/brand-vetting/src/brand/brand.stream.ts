import { toStreamId } from '@compliance/event-sourcing';

/** Streams `brand-<brandId>`: a brand and its vetting records. The relay publishes them on `brands.events`. */
export const BRAND_STREAM_CATEGORY = 'brand';

export function brandStreamId(brandId: string): string {
  return toStreamId(BRAND_STREAM_CATEGORY, brandId);
}
