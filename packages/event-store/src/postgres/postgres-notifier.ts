import type { Pool, PoolClient } from 'pg';

/**
 * One LISTEN connection shared by all subscriptions of a store, held only while someone listens.
 * Notifications are only hints: if the connection fails, subscribers keep polling and the next
 * `listen` call reconnects.
 */
export class PostgresNotifier {
  private client: PoolClient | null = null;
  private detach: (() => void) | null = null;
  private disconnecting: Promise<void> = Promise.resolve();
  private connecting: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();
  private closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly channel: string,
  ) {}

  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    this.ensureConnected();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) void this.disconnect();
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    await this.connecting?.catch(() => undefined);
    await this.disconnect();
  }

  private ensureConnected(): void {
    if (this.closed || this.client || this.connecting) return;
    this.connecting = this.connect()
      .catch(() => undefined)
      .finally(() => {
        this.connecting = null;
      });
  }

  private async connect(): Promise<void> {
    const client = await this.pool.connect();
    const onNotification = (): void => {
      for (const listener of this.listeners) listener();
    };
    const onError = (error: Error): void => {
      client.removeListener('notification', onNotification);
      if (this.client === client) {
        this.client = null;
        this.detach = null;
      }
      client.release(error);
    };
    const detach = (): void => {
      client.removeListener('notification', onNotification);
      client.removeListener('error', onError);
    };
    client.on('notification', onNotification);
    client.once('error', onError);
    try {
      await client.query(`LISTEN ${this.channel}`);
    } catch (error) {
      detach();
      client.release(error instanceof Error ? error : true);
      throw error;
    }
    this.client = client;
    this.detach = detach;
    // Events committed while we were connecting are found by the subscribers' next read.
    onNotification();
    if (this.closed || this.listeners.size === 0) await this.disconnect();
  }

  /** Releases the LISTEN connection; concurrent callers all wait for the same release. */
  private disconnect(): Promise<void> {
    const client = this.client;
    if (client) {
      this.client = null;
      this.detach?.();
      this.detach = null;
      this.disconnecting = this.disconnecting.then(async () => {
        try {
          await client.query(`UNLISTEN ${this.channel}`);
          client.release();
        } catch (error) {
          client.release(error instanceof Error ? error : true);
        }
      });
    }
    return this.disconnecting;
  }
}
