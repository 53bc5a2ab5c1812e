import type { Pool } from '@compliance/postgres';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitConfig } from './rate-limit.config';

export type RequestClass = 'read' | 'write';

export type RateDecision =
  | { allowed: true; limit: number; remaining: number; resetSeconds: number }
  | { allowed: false; limit: number; retryAfterSeconds: number };

const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

/**
 * Per-account counters in PostgreSQL (rate-limiter-flexible, table `gateway.rate_limits`), so every gateway instance
 * counts against the same budget: each check is one atomic upsert. When PostgreSQL cannot be reached, an in-memory
 * limiter with the same budget stands in per instance (the library's insurance limiter) instead of failing requests.
 */
export class AccountRateLimiter {
  private readonly limiters: Record<RequestClass, RateLimiterPostgres>;

  constructor(
    pool: Pool,
    private readonly config: RateLimitConfig,
    scope: string,
  ) {
    const make = (kind: RequestClass, points: number) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        schemaName: 'gateway',
        tableName: 'rate_limits',
        tableCreated: true,
        keyPrefix: `${scope}:${kind}`,
        points,
        duration: config.windowSeconds,
        insuranceLimiter: new RateLimiterMemory({
          keyPrefix: `${scope}:${kind}`,
          points,
          duration: config.windowSeconds,
        }),
      });
    this.limiters = { read: make('read', config.readPoints), write: make('write', config.writePoints) };
  }

  async consume(accountKey: string, kind: RequestClass): Promise<RateDecision> {
    const limit = kind === 'read' ? this.config.readPoints : this.config.writePoints;
    try {
      const result = await this.limiters[kind].consume(accountKey, 1);
      return {
        allowed: true,
        limit,
        remaining: result.remainingPoints,
        resetSeconds: seconds(result.msBeforeNext),
      };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return { allowed: false, limit, retryAfterSeconds: seconds(rejection.msBeforeNext) };
      }
      throw rejection;
    }
  }
}
