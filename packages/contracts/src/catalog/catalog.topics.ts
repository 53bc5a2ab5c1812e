import { replyTopic } from '../accounts/accounts.topics';

/** Request-reply patterns of the requirements-catalog service; each is a Kafka topic, replies go to `<pattern>.reply`. */
export const CATALOG_PATTERNS = {
  findRequirements: 'catalog.find-requirements',
  getRegulation: 'catalog.get-regulation',
  listEndUserTypes: 'catalog.list-end-user-types',
  getEndUserType: 'catalog.get-end-user-type',
  listDocumentTypes: 'catalog.list-document-types',
  getDocumentType: 'catalog.get-document-type',
  cityInfo: 'catalog.city-info',
  publishRegulation: 'catalog.publish-regulation',
} as const;

export type CatalogPatternName = keyof typeof CATALOG_PATTERNS;

/** Integration events of the catalog (`RegulationVersionPublished`), keyed by regulation id. */
export const CATALOG_EVENTS_TOPIC = 'catalog.events';

export const CATALOG_CONSUMER_GROUP = 'catalog';

/** Every topic of the catalog service under an optional namespace prefix (tests use a unique one). */
export function catalogTopics(namespace = '') {
  const patterns = Object.fromEntries(
    Object.entries(CATALOG_PATTERNS).map(([name, pattern]) => [name, `${namespace}${pattern}`]),
  ) as { [K in CatalogPatternName]: string };
  return {
    namespace,
    events: `${namespace}${CATALOG_EVENTS_TOPIC}`,
    patterns,
    requestTopics: Object.values(patterns),
    replyTopics: Object.values(patterns).map(replyTopic),
  };
}

export type CatalogTopics = ReturnType<typeof catalogTopics>;
