import type { Pool, PoolClient } from 'pg';

/** Held while this instance is the one relay of its name; `lost` rejects when that can no longer be trusted. */
export interface RelayLease {
  readonly lost: Promise<never>;
  release(): Promise<void>;
}

export interface RelayLeadership {
  /** The lease when no other instance holds it, else null (the caller stands by and asks again). */
  tryAcquire(relayName: string): Promise<RelayLease | null>;
}

/**
 * One relay per name across every instance of a service, by a PostgreSQL session advisory lock on a dedicated
 * connection. The lock goes with the connection, so a crashed leader's lease ends when its session ends; a heartbeat
 * notices a connection that died silently. Without it every instance would publish every event (consumers drop the
 * duplicates, but the topic would carry each event once per instance).
 */
export class PostgresRelayLeadership implements RelayLeadership {
  constructor(
    private readonly pool: Pool,
    private readonly heartbeatMs = 5000,
  ) {}

  async tryAcquire(relayName: string): Promise<RelayLease | null> {
    const client = await this.pool.connect();
    let acquired = false;
    try {
      const result = await client.query<{ acquired: boolean }>(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS acquired',
        [`relay:${relayName}`],
      );
      acquired = result.rows[0]?.acquired === true;
    } catch (error) {
      client.release(error instanceof Error ? error : true);
      throw error;
    }
    if (!acquired) {
      client.release();
      return null;
    }
    return new AdvisoryLease(client, relayName, this.heartbeatMs);
  }
}

class AdvisoryLease implements RelayLease {
  readonly lost: Promise<never>;
  private markLost!: (error: Error) => void;
  private broken = false;
  private released = false;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly client: PoolClient,
    private readonly relayName: string,
    heartbeatMs: number,
  ) {
    this.lost = new Promise<never>((_, reject) => {
      this.markLost = (error) => {
        this.broken = true;
        reject(error);
      };
    });
    this.lost.catch(() => undefined);
    client.on('error', this.onError);
    this.heartbeat = setInterval(() => {
      client.query('SELECT 1').catch(this.onError);
    }, heartbeatMs);
  }

  private readonly onError = (error: Error): void => {
    this.markLost(new Error(`relay ${this.relayName}: lost its leadership connection: ${error.message}`));
  };

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    clearInterval(this.heartbeat);
    this.client.off('error', this.onError);
    if (this.broken) {
      this.client.release(true);
      return;
    }
    try {
      await this.client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [
        `relay:${this.relayName}`,
      ]);
      this.client.release();
    } catch (error) {
      this.client.release(error instanceof Error ? error : true);
    }
  }
}
