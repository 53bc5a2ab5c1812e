import { runner } from 'node-pg-migrate';

export interface MigrateOptions {
  databaseUrl: string;
  /** The owning service's schema; created when missing, and where its migrations table lives. */
  schema: string;
  /** Folder of the service's migration files (CommonJS `exports.up = (pgm) => ...`). */
  dir: string;
  /** How long to keep retrying while another process holds the migration lock. */
  lockTimeoutMs?: number;
}

const LOCKED = 'Another migration is already running';

/**
 * Applies every pending migration of one schema. Services start together and migrate shared schemas (the event store,
 * messaging) at once; node-pg-migrate fails fast instead of waiting for its lock, so a locked run is retried.
 */
export async function migrate({
  databaseUrl,
  schema,
  dir,
  lockTimeoutMs = 60_000,
}: MigrateOptions): Promise<void> {
  const deadline = Date.now() + lockTimeoutMs;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await runner({
        databaseUrl,
        dir,
        schema,
        createSchema: true,
        migrationsSchema: schema,
        createMigrationsSchema: true,
        migrationsTable: 'pgmigrations',
        direction: 'up',
        checkOrder: true,
        singleTransaction: true,
        log: () => undefined,
      });
      return;
    } catch (error) {
      const locked = error instanceof Error && error.message.includes(LOCKED);
      if (!locked || Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(50 * attempt, 500)));
    }
  }
}
