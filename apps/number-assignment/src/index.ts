// Domain: pure, framework-free.
export * from './domain/phone-number.events';
export * from './domain/phone-number.command';
export * from './domain/phone-number.decider';
export * from './domain/bundle-numbers.events';
export * from './domain/bundle-numbers.command';
export * from './domain/bundle-numbers.decider';
export * from './domain/number-types';
export * from './domain/number-checks';
export * from './domain/ports';
export * from './domain/numbers.errors';
// Adapters and service.
export { createLibphonenumberPlan } from './adapters/libphonenumber-plan';
export * from './streams/number-streams';
export * from './start-number-service';
export * from './migrate-numbers';
