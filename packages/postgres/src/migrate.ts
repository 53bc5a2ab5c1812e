import { runner } from 'node-pg-migrate';

export interface MigrateOptions {
  databaseUrl: string;
  /** The owning service's schema; created when missing, and where its migrations table lives. */
  schema: string;
  /** Folder of the service's migration files (CommonJS `exports.up = (pgm) => ...`). */
  dir: string;
}

/** Applies every pending migration of one schema. Safe to run concurrently: node-pg-migrate takes a lock. */
export async function migrate({ databaseUrl, schema, dir }: MigrateOptions): Promise<void> {
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
}
