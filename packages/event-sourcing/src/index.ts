export * from './decider';
export * from './domain-error';
export * from './handle-command';
export * from './load-aggregate';
export * from './projection';
export * from './stream-id';
export * from './upcasters';
