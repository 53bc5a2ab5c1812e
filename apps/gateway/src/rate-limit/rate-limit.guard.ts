import { ID_PREFIX, isId } from '@compliance/contracts';
import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { ApiProblem } from '../errors/api-problem';
import { AccountRateLimiter, type RequestClass } from './account-rate-limiter';

export const BRAND_RATE_LIMITER = Symbol('BRAND_RATE_LIMITER');

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Runs after authentication (the global ApiKeyGuard) on the brand paths: counts the request against the account's
 * read or write budget and answers 429 RATE_LIMITED with `Retry-After` when it is spent. Rejected requests count too
 * (the budget protects the registry, which would be called for them).
 */
@Injectable()
export class BrandRateLimitGuard implements CanActivate {
  constructor(@Inject(BRAND_RATE_LIMITER) private readonly limiter: AccountRateLimiter) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest & { method: string }>();
    const reply = http.getResponse<FastifyReply>();
    const pathAccount = request.params?.accountId;
    // A customer key only reaches its own account's path; staff keys are counted per well-formed account.
    const account =
      pathAccount !== undefined && isId(ID_PREFIX.account, pathAccount)
        ? pathAccount
        : (request.principal?.principalId ?? 'anonymous');
    const kind: RequestClass = READ_METHODS.has(request.method) ? 'read' : 'write';
    const decision = await this.limiter.consume(account, kind);
    if (!decision.allowed) {
      throw new ApiProblem(
        429,
        'RATE_LIMITED',
        `Too many ${kind === 'read' ? 'GET' : 'PUT/POST/DELETE'} requests for this account: at most ${decision.limit} a minute on the brand paths. Retry after ${decision.retryAfterSeconds} s.`,
        [],
        { 'Retry-After': String(decision.retryAfterSeconds) },
      );
    }
    void reply.header('RateLimit-Limit', String(decision.limit));
    void reply.header('RateLimit-Remaining', String(decision.remaining));
    void reply.header('RateLimit-Reset', String(decision.resetSeconds));
    return true;
  }
}
