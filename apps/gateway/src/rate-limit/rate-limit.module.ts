import { Module } from '@nestjs/common';
import type { Pool } from '@compliance/postgres';
import { PG_POOL } from '../database/pg-pool.provider';
import { AccountRateLimiter } from './account-rate-limiter';
import { BRAND_RATE_LIMITS } from './rate-limit.config';
import { BRAND_RATE_LIMITER, BrandRateLimitGuard } from './rate-limit.guard';

/** The per-account limiter of the brand paths, on the gateway's PostgreSQL (shared by every instance). */
@Module({
  providers: [
    {
      provide: BRAND_RATE_LIMITER,
      inject: [PG_POOL],
      useFactory: (pool: Pool) => new AccountRateLimiter(pool, BRAND_RATE_LIMITS, 'brands'),
    },
    BrandRateLimitGuard,
  ],
  exports: [BRAND_RATE_LIMITER, BrandRateLimitGuard],
})
export class RateLimitModule {}
