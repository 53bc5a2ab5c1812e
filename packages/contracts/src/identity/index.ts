export * from './identity.topics';
export * from './identity.messages';
export * from './identity.integration-events';
