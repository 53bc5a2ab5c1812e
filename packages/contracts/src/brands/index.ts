export * from './brands.topics';
export * from './brands.values';
export * from './brands.messages';
export * from './brands.integration-events';
export * from './brands.dto';
