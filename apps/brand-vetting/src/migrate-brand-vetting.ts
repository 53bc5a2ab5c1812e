import path from 'node:path';
import { migrate } from '@compliance/postgres';

export const BRAND_VETTING_SCHEMA = 'brand_vetting';

/** Same relative place from `src` (ts-jest) and `dist` (built). */
export const BRAND_VETTING_MIGRATIONS_DIR = path.join(__dirname, '..', 'migrations');

export async function migrateBrandVetting(databaseUrl: string): Promise<void> {
  await migrate({ databaseUrl, schema: BRAND_VETTING_SCHEMA, dir: BRAND_VETTING_MIGRATIONS_DIR });
}
