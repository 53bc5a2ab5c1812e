import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { ApiKeyAuthenticator } from './auth/api-key-authenticator';
import { ApiKeyRepository } from './auth/api-key.repository';
import { GATEWAY_CONFIG, type GatewayConfig } from './config/gateway-config';
import { PgPoolCloser, pgPoolProvider, PG_POOL } from './database/pg-pool.provider';
import { IdempotencyRepository } from './idempotency/idempotency.repository';
import { LOGGER } from './logging/logger.provider';

/** Configuration, the PostgreSQL pool and the logger, injectable in every gateway module (accounts included). */
@Global()
@Module({})
export class GatewayCoreModule {
  static forRoot(config: GatewayConfig, logger: Logger): DynamicModule {
    return {
      module: GatewayCoreModule,
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        pgPoolProvider,
        PgPoolCloser,
        ApiKeyRepository,
        ApiKeyAuthenticator,
        IdempotencyRepository,
      ],
      exports: [GATEWAY_CONFIG, LOGGER, PG_POOL, ApiKeyAuthenticator, IdempotencyRepository],
    };
  }
}
