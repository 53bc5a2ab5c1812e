import { randomBytes } from 'node:crypto';
import {
  createPool,
  databaseUrl,
  dropDatabase,
  ensureDatabase,
  withDatabase,
  type Pool,
} from '@compliance/postgres';

export interface TestDatabase {
  url: string;
  pool: Pool;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

/**
 * A fresh database on the configured server, so test runs and test files never see each other's data.
 * Name: `test_<label>_<random>`.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const safeLabel = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 30);
  const url = withDatabase(databaseUrl(), `test_${safeLabel}_${randomBytes(4).toString('hex')}`);
  await ensureDatabase(url);
  const pool = createPool(url);
  return {
    url,
    pool,
    async drop() {
      await pool.end();
      await dropDatabase(url);
    },
  };
}
