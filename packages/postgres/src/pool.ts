import { Pool, type PoolClient, type PoolConfig } from 'pg';
import { databaseUrl } from './database-url';

export type { Pool, PoolClient };

export function createPool(
  url: string = databaseUrl(),
  options: Omit<PoolConfig, 'connectionString'> = {},
): Pool {
  const pool = new Pool({ connectionString: url, max: 10, ...options });
  // An idle client that loses its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}

/** Runs `work` in one transaction on one client; rolls back on any error. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
