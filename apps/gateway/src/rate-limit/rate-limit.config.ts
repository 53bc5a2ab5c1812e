export const RATE_LIMIT_CONFIG = Symbol('RATE_LIMIT_CONFIG');

/**
 * The limits of the 10DLC brand paths (API.md): per account, 30 requests a minute, split as bursts of 20 GET and
 * 10 PUT/POST/DELETE. Each budget is a fixed window that opens with the account's first request in it.
 */
export interface RateLimitConfig {
  windowSeconds: number;
  readPoints: number;
  writePoints: number;
}

export const BRAND_RATE_LIMITS: RateLimitConfig = { windowSeconds: 60, readPoints: 20, writePoints: 10 };
