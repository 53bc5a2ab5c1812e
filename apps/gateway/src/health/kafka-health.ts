import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';

export interface DependencyStatus {
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
  [detail: string]: unknown;
}

export function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Asks the Kafka cluster for its metadata (describeCluster) through one long-lived admin client. */
@Injectable()
export class KafkaHealth implements OnApplicationShutdown {
  private admin: Admin | undefined;
  private connecting: Promise<Admin> | undefined;

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  async check(): Promise<DependencyStatus> {
    const started = Date.now();
    try {
      const cluster = await withTimeout(
        this.connect().then((admin) => admin.describeCluster()),
        this.config.healthTimeoutMs,
        'Kafka',
      );
      return {
        status: 'up',
        latencyMs: Date.now() - started,
        brokers: cluster.brokers.length,
        controller: cluster.controller,
      };
    } catch (error) {
      await this.reset();
      return {
        status: 'down',
        latencyMs: Date.now() - started,
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.reset();
  }

  private connect(): Promise<Admin> {
    this.connecting ??= (async () => {
      const kafka = new Kafka({
        clientId: 'gateway-health',
        brokers: this.config.kafkaBrokers,
        connectionTimeout: this.config.healthTimeoutMs,
        requestTimeout: this.config.healthTimeoutMs,
        retry: { retries: 0 },
        logLevel: logLevel.NOTHING,
      });
      const admin = kafka.admin();
      this.admin = admin;
      await admin.connect();
      return admin;
    })();
    return this.connecting;
  }

  private async reset(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    this.connecting = undefined;
    await admin?.disconnect().catch(() => undefined);
  }
}
