export * from './start-accounts-service';
export * from './migrate-accounts';
export { ApiKeyFactory, API_KEY_PREFIX } from './api-key/api-key-factory';
