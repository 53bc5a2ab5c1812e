import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { createPool, type Pool } from '@compliance/postgres';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';

/** Injection token of the gateway's PostgreSQL pool (schema `gateway`). */
export const PG_POOL = Symbol('PG_POOL');

export const pgPoolProvider: Provider = {
  provide: PG_POOL,
  inject: [GATEWAY_CONFIG],
  useFactory: (config: GatewayConfig): Pool =>
    createPool(config.databaseUrl, { connectionTimeoutMillis: 2000 }),
};

@Injectable()
export class PgPoolCloser implements OnApplicationShutdown {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
