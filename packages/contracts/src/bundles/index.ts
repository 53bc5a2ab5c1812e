export * from './bundles.topics';
export * from './bundles.integration-events';
export * from './bundles.messages';
export * from './bundles.dto';
