import path from 'node:path';
import { migrate } from '@compliance/postgres';

export const NOTIFICATIONS_SCHEMA = 'notifications';

/** Same relative place from `src` (ts-jest) and `dist` (built). */
export const NOTIFICATIONS_MIGRATIONS_DIR = path.join(__dirname, '..', 'migrations');

export async function migrateNotifications(databaseUrl: string): Promise<void> {
  await migrate({ databaseUrl, schema: NOTIFICATIONS_SCHEMA, dir: NOTIFICATIONS_MIGRATIONS_DIR });
}
