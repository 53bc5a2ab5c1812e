import type { Pool } from 'pg';
import type { GlobalPosition } from '@compliance/event-store';

/** Where a relay keeps the position of the last event Kafka acknowledged. */
export interface CheckpointStore {
  load(name: string): Promise<GlobalPosition | null>;
  save(name: string, position: GlobalPosition): Promise<void>;
}

/** `messaging.relay_checkpoints` (see `migrateMessaging`). */
export class PostgresCheckpointStore implements CheckpointStore {
  constructor(private readonly pool: Pool) {}

  async load(name: string): Promise<GlobalPosition | null> {
    const result = await this.pool.query<{ position: string }>(
      'SELECT position FROM messaging.relay_checkpoints WHERE name = $1',
      [name],
    );
    return result.rows[0]?.position ?? null;
  }

  async save(name: string, position: GlobalPosition): Promise<void> {
    await this.pool.query(
      `INSERT INTO messaging.relay_checkpoints (name, position, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position, updated_at = now()`,
      [name, position],
    );
  }
}
