export * from './postal-code-formats';
export * from './check-postal-code';
