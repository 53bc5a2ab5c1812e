import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const KAFKA_SCRIPTS = path.resolve(__dirname, '..', '..', '..', 'infra', 'kafka');

/**
 * A broker of its own (same jars and scripts as the shared one, another port and data folder), for tests that take
 * Kafka down and bring it back without disturbing every other test on the shared broker.
 */
export class DedicatedKafka {
  private constructor(
    readonly port: number,
    private readonly dataDir: string,
  ) {}

  static async create(): Promise<DedicatedKafka> {
    const port = 20000 + 2 * Math.floor(Math.random() * 4000);
    return new DedicatedKafka(port, await mkdtemp(path.join(tmpdir(), 'kafka-dedicated-')));
  }

  get brokers(): string[] {
    return [`127.0.0.1:${this.port}`];
  }

  /** Starts the broker (keeping earlier data) and waits until it serves. */
  async start(): Promise<void> {
    await run('bash', [path.join(KAFKA_SCRIPTS, 'start.sh')], { env: this.env(), timeout: 120_000 });
  }

  /** Stops the broker; its data stays for the next start. */
  async stop(): Promise<void> {
    await run('bash', [path.join(KAFKA_SCRIPTS, 'stop.sh')], { env: this.env(), timeout: 60_000 });
  }

  async destroy(): Promise<void> {
    await this.stop();
    await rm(this.dataDir, { recursive: true, force: true });
  }

  private env(): NodeJS.ProcessEnv {
    return { ...process.env, KAFKA_PORT: String(this.port), KAFKA_DATA_DIR: this.dataDir };
  }
}
