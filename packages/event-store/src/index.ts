export * from './event-store.port';
export * from './postgres/postgres-event-store';
export * from './postgres/migrate-event-store';
export * from './postgres/postgres-position';
export * from './eventstoredb/eventstoredb-event-store';
export * from './eventstoredb/eventstoredb-position';
export * from './create-event-store';
