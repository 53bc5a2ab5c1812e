import path from 'node:path';
import { migrate } from '@compliance/postgres';

export const MESSAGING_SCHEMA = 'messaging';

/** Same relative place from `src` (ts-jest) and `dist` (built). */
export const MESSAGING_MIGRATIONS_DIR = path.join(__dirname, '..', 'migrations');

/** Creates or upgrades the `messaging` schema. Safe to call from every service at start-up. */
export async function migrateMessaging(databaseUrl: string): Promise<void> {
  await migrate({ databaseUrl, schema: MESSAGING_SCHEMA, dir: MESSAGING_MIGRATIONS_DIR });
}
