export * from './catalog.topics';
export * from './catalog.messages';
export * from './catalog.integration-events';
export * from './catalog.dto';
