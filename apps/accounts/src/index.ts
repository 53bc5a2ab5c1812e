export * from './start-accounts-service';
export * from './migrate-accounts';
