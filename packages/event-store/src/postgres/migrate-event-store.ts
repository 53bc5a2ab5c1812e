import path from 'node:path';
import { migrate } from '@compliance/postgres';

export const EVENT_STORE_SCHEMA = 'event_store';

/** Same relative place from `src/postgres` (ts-jest) and `dist/postgres` (built). */
export const EVENT_STORE_MIGRATIONS_DIR = path.join(__dirname, '..', '..', 'migrations');

const LOCKED = 'Another migration is already running';

/**
 * Creates or upgrades the `event_store` schema. Every service calls it at start-up against the one shared
 * store, and node-pg-migrate fails fast (does not wait) when another process holds its lock, so retry.
 */
export async function migrateEventStore(databaseUrl: string, { timeoutMs = 60_000 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await migrate({ databaseUrl, schema: EVENT_STORE_SCHEMA, dir: EVENT_STORE_MIGRATIONS_DIR });
      return;
    } catch (error) {
      const locked = error instanceof Error && error.message.includes(LOCKED);
      if (!locked || Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(50 * attempt, 500)));
    }
  }
}
