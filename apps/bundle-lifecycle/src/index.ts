export * from './start-bundle-service';
export * from './domain/bundle.decider';
export * from './domain/bundle.events';
export * from './domain/evaluation/evaluate-bundle';
