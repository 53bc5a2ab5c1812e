import type { Pool } from '@compliance/postgres';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { PG_POOL } from '../database/pg-pool.provider';
import { LOGGER } from '../logging/logger.provider';
import { ACCOUNTS_GATEWAY_OPTIONS, type AccountsGatewayOptions } from './accounts-gateway.options';
import { findApiKeyRow } from './api-key.repository';

/**
 * Read your own write: a command response waits until `gateway.api_keys` shows its effect, so a new key works and a
 * revoked one fails on the very next request, on any instance. The row is the fact the auth guard reads, so it is
 * what we wait for. Past the bound the response goes out anyway (the command is done) and the lag is logged.
 */
@Injectable()
export class ApiKeyProjectionWaiter {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(ACCOUNTS_GATEWAY_OPTIONS) private readonly options: AccountsGatewayOptions,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  untilIssued(apiKeyId: string): Promise<boolean> {
    return this.until(apiKeyId, 'issued', async () => (await findApiKeyRow(this.pool, apiKeyId)) !== null);
  }

  untilRevoked(apiKeyId: string): Promise<boolean> {
    return this.until(
      apiKeyId,
      'revoked',
      async () => (await findApiKeyRow(this.pool, apiKeyId))?.revokedAt != null,
    );
  }

  private async until(apiKeyId: string, what: string, applied: () => Promise<boolean>): Promise<boolean> {
    const deadline = Date.now() + this.options.projectionWaitMs;
    let interval = 5;
    for (;;) {
      if (await applied()) return true;
      if (Date.now() >= deadline) {
        this.logger.warn(
          { apiKeyId },
          `api key not yet ${what} in gateway.api_keys after ${this.options.projectionWaitMs} ms`,
        );
        return false;
      }
      await new Promise((resolve) => setTimeout(resolve, interval));
      interval = Math.min(interval * 2, 100);
    }
  }
}
