import path from 'node:path';
import { migrate } from '@compliance/postgres';

export const BUNDLES_SCHEMA = 'bundles';

/** Same relative place from `src` (ts-jest) and `dist` (built). */
export const BUNDLES_MIGRATIONS_DIR = path.join(__dirname, '..', 'migrations');

export async function migrateBundles(databaseUrl: string): Promise<void> {
  await migrate({ databaseUrl, schema: BUNDLES_SCHEMA, dir: BUNDLES_MIGRATIONS_DIR });
}
