export * from './identity.topics';
export * from './identity.messages';
export * from './identity.integration-events';
export * from './identity.views';
export * from './identity.dto';
