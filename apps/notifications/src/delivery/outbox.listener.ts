import { describeError, Sleeper, type MessagingLogger } from '@compliance/messaging';
import type { Pool } from '@compliance/postgres';
import { OUTBOX_CHANNEL } from '../intake/outbox.repository';

/**
 * LISTENs for the NOTIFY the intake sends on commit and wakes the dispatcher, so a new notification goes out at once
 * (in any instance) instead of at the next poll. Losing the connection only costs latency: it reconnects.
 */
export class OutboxListener {
  private stopping = false;
  private readonly sleeper = new Sleeper();
  private loop: Promise<void> | null = null;
  private signalStop: () => void = () => undefined;
  private readonly stopped = new Promise<void>((resolve) => (this.signalStop = resolve));

  constructor(
    private readonly pool: Pool,
    private readonly onSignal: () => void,
    private readonly logger: MessagingLogger,
  ) {}

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.signalStop();
    this.sleeper.cancel();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        const client = await this.pool.connect();
        try {
          const lost = new Promise<void>((resolve) => client.once('error', () => resolve()));
          client.on('notification', () => this.onSignal());
          await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
          this.onSignal();
          await Promise.race([lost, this.stopped]);
        } finally {
          client.release(true);
        }
      } catch (error) {
        if (this.stopping) return;
        this.logger.warn(`outbox listener lost its connection: ${describeError(error)}`);
      }
      if (!this.stopping) await this.sleeper.sleep(1_000);
    }
  }
}
