export * from './field-problem';
export * from './check-field-values';
