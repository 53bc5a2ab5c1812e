import { join } from 'node:path';
import { ensureDatabase, migrate } from '@compliance/postgres';

export const GATEWAY_SCHEMA = 'gateway';

/** Creates the database when missing and applies the gateway schema's migrations (`apps/gateway/migrations`). */
export async function migrateGateway(databaseUrl: string): Promise<void> {
  await ensureDatabase(databaseUrl);
  // Both src/ (tests) and dist/ (built) sit next to migrations/.
  await migrate({ databaseUrl, schema: GATEWAY_SCHEMA, dir: join(__dirname, '..', '..', 'migrations') });
}
