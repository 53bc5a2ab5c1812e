export * from './database-url';
export * from './pool';
export * from './create-database';
export * from './migrate';
