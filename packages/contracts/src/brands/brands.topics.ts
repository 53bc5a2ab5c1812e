import { serviceTopics } from '../messaging/service-topics';

/** Request-reply patterns of brand-vetting; each is a Kafka topic, replies go to `<pattern>.reply`. */
export const BRAND_PATTERNS = {
  registerBrand: 'brands.register-brand',
  listBrands: 'brands.list-brands',
  getBrand: 'brands.get-brand',
  revetBrand: 'brands.revet-brand',
  requestVetting: 'brands.request-vetting',
  importVetting: 'brands.import-vetting',
  listVettings: 'brands.list-vettings',
} as const;

export type BrandPatternName = keyof typeof BRAND_PATTERNS;

/** Events of brand-vetting (see brands.integration-events.ts), keyed by brand id. */
export const BRAND_EVENTS_TOPIC = 'brands.events';

export const BRAND_CONSUMER_GROUP = 'brand-vetting';

export function brandTopics(namespace = '') {
  return serviceTopics(BRAND_PATTERNS, BRAND_EVENTS_TOPIC, namespace);
}

export type BrandTopics = ReturnType<typeof brandTopics>;
