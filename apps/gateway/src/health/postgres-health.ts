import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from '@compliance/postgres';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';
import { PG_POOL } from '../database/pg-pool.provider';
import { withTimeout, type DependencyStatus } from './kafka-health';

@Injectable()
export class PostgresHealth {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async check(): Promise<DependencyStatus> {
    const started = Date.now();
    try {
      await withTimeout(this.pool.query('SELECT 1'), this.config.healthTimeoutMs, 'PostgreSQL');
      return { status: 'up', latencyMs: Date.now() - started };
    } catch (error) {
      return {
        status: 'down',
        latencyMs: Date.now() - started,
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }
}
