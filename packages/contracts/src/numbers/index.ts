export * from './numbers.topics';
export * from './numbers.integration-events';
export * from './numbers.messages';
