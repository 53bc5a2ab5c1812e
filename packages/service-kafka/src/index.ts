export * from './namespaced-server-kafka';
export * from './request-metadata';
export * from './replier';
