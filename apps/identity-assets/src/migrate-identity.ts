import path from 'node:path';
import { migrate } from '@compliance/postgres';

export const IDENTITY_SCHEMA = 'identity';

/** Same relative place from `src` (ts-jest) and `dist` (built). */
export const IDENTITY_MIGRATIONS_DIR = path.join(__dirname, '..', 'migrations');

export async function migrateIdentity(databaseUrl: string): Promise<void> {
  await migrate({ databaseUrl, schema: IDENTITY_SCHEMA, dir: IDENTITY_MIGRATIONS_DIR });
}
