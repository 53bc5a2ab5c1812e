import path from 'node:path';
import { migrate } from '@compliance/postgres';

export const NUMBERS_SCHEMA = 'numbers';

/** Same relative place from `src` (ts-jest) and `dist` (built). */
export const NUMBERS_MIGRATIONS_DIR = path.join(__dirname, '..', 'migrations');

export async function migrateNumbers(databaseUrl: string): Promise<void> {
  await migrate({ databaseUrl, schema: NUMBERS_SCHEMA, dir: NUMBERS_MIGRATIONS_DIR });
}
