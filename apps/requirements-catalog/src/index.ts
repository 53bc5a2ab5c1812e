// Domain: pure, framework-free.
export * from './domain/catalog.types';
export * from './domain/problems';
export * from './domain/ports';
export * from './domain/normalise';
export * from './domain/requirement-spec.validator';
export * from './domain/regulation.events';
export * from './domain/regulation.command';
export * from './domain/regulation.decider';
export * from './domain/publish-request';
export * from './domain/regulation.queries';
export * from './domain/city-info.query';
export { checkPostalCode, tidyPostalCode, type CheckedPostalCode } from '@compliance/postal-codes';
// Adapters and data (Node, libraries, files).
export { createIsoCountryCodes } from './adapters/iso-country-codes';
export { createPostalCodeFormats } from './adapters/postal-code-formats';
export {
  createCityDirectory,
  codesPostauxSource,
  shippedCitySources,
  type CitySource,
} from './adapters/city-directory';
export * from './catalog-data/catalog-data';
export { regulationIdFor, CATALOG_EPOCH_MS } from './catalog-data/regulation-id';
export { DATA_DIR } from './catalog-data/data-dir';
// Service.
export * from './start-catalog-service';
export * from './migrate-catalog';
export { seedCatalog, SEED_ACTOR, type SeedReport } from './seed/seed-catalog';
