import path from 'node:path';
import { migrate } from '@compliance/postgres';

export const CATALOG_SCHEMA = 'catalog';

/** Same relative place from `src` (ts-jest) and `dist` (built). */
export const CATALOG_MIGRATIONS_DIR = path.join(__dirname, '..', 'migrations');

export async function migrateCatalog(databaseUrl: string): Promise<void> {
  await migrate({ databaseUrl, schema: CATALOG_SCHEMA, dir: CATALOG_MIGRATIONS_DIR });
}
