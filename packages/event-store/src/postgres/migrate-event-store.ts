import path from 'node:path';
import { migrate } from '@compliance/postgres';

export const EVENT_STORE_SCHEMA = 'event_store';

/** Same relative place from `src/postgres` (ts-jest) and `dist/postgres` (built). */
export const EVENT_STORE_MIGRATIONS_DIR = path.join(__dirname, '..', '..', 'migrations');

/** Creates or upgrades the `event_store` schema; every service calls it at start-up against the one shared store. */
export async function migrateEventStore(databaseUrl: string, { timeoutMs = 60_000 } = {}): Promise<void> {
  await migrate({
    databaseUrl,
    schema: EVENT_STORE_SCHEMA,
    dir: EVENT_STORE_MIGRATIONS_DIR,
    lockTimeoutMs: timeoutMs,
  });
}
