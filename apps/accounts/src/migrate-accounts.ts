import path from 'node:path';
import { migrate } from '@compliance/postgres';

export const ACCOUNTS_SCHEMA = 'accounts';

/** Same relative place from `src` (ts-jest) and `dist` (built). */
export const ACCOUNTS_MIGRATIONS_DIR = path.join(__dirname, '..', 'migrations');

export async function migrateAccounts(databaseUrl: string): Promise<void> {
  await migrate({ databaseUrl, schema: ACCOUNTS_SCHEMA, dir: ACCOUNTS_MIGRATIONS_DIR });
}
