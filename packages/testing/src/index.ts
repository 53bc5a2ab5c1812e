export * from './test-database';
export * from './kafka';
export * from './eventually';
export * from './dedicated-kafka';
export * from './service-process';
