// Domain: pure, framework-free.
export * from './domain/ports';
export * from './domain/brand.events';
export * from './domain/brand.command';
export * from './domain/brand.decider';
export * from './domain/brand.errors';
export * from './domain/brand.views';
export * from './domain/brand-information';
// Simulators of the registry and the vetting providers.
export * from './adapters/simulated-brand-registry';
export * from './adapters/simulated-vetting-provider';
// Service.
export * from './start-brand-vetting-service';
export * from './migrate-brand-vetting';
