export * from './namespaced-server-kafka';
export * from './request-metadata';
export * from './replier';
export * from './service-kafka-server';
