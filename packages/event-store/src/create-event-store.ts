import { EventStoreDBClient } from '@eventstore/db-client';
import type { Pool } from 'pg';
import type { EventStore } from './event-store.port';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
import { migrateEventStore } from './postgres/migrate-event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';

export interface EventStoreConfig {
  /** Set in production (docker-compose.yml): EventStoreDB is the store. */
  eventStoreConnectionString?: string | undefined;
  /** Otherwise the PostgreSQL store in this database (schema `event_store`, migrated here). */
  databaseUrl: string;
  pool: Pool;
}

/** The store a service runs on: EventStoreDB when a connection string is configured, else PostgreSQL. */
export async function createEventStore(config: EventStoreConfig): Promise<EventStore> {
  if (config.eventStoreConnectionString) {
    const client = EventStoreDBClient.connectionString(config.eventStoreConnectionString);
    return new EventStoreDbEventStore(client, { ownsClient: true });
  }
  await migrateEventStore(config.databaseUrl);
  return new PostgresEventStore(config.pool);
}
