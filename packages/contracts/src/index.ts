export * from './api-key-hash';
