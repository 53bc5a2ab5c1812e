import {
  Inject,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import type { Logger } from 'pino';
import { catchError, from, mergeMap, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { ApiProblem } from '../errors/api-problem';
import { LOGGER } from '../logging/logger.provider';
import { IdempotencyRepository, type IdempotentRequest } from './idempotency.repository';
import { IdempotentReplay } from './idempotent-replay';
import { requestFingerprint } from './request-fingerprint';
import { RESPONSE_SECRETS, withoutSecrets } from './response-secrets.decorator';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
const ACCEPTED_KEY = /^[\x21-\x7e]{1,255}$/;

interface HttpRequest extends AuthenticatedRequest {
  method: string;
  body?: unknown;
}

/**
 * POST with `Idempotency-Key`: the first request with a key runs and its 2xx response is stored for 24 h; the same
 * key with the same body gets that response again, with another body 422 IDEMPOTENCY_KEY_REUSED, while the first
 * is still running 409 CONCURRENT_MODIFICATION. Keys are scoped per principal. Failed requests are not stored (they
 * wrote nothing), so they can be retried with the same key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly repository: IdempotencyRepository,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const header = request.headers[IDEMPOTENCY_KEY_HEADER];
    if (request.method !== 'POST' || header === undefined || !request.principal) return next.handle();

    const key = Array.isArray(header) ? (header[0] ?? '') : header;
    if (!ACCEPTED_KEY.test(key)) {
      throw new ApiProblem(400, 'VALIDATION_FAILED', 'The Idempotency-Key header is invalid.', [
        {
          field: 'Idempotency-Key',
          code: 'INVALID_FORMAT',
          message: 'Use 1 to 255 visible ASCII characters.',
        },
      ]);
    }
    const idempotent: IdempotentRequest = {
      principalId: request.principal.principalId,
      key,
      fingerprint: requestFingerprint(request.method, request.url, request.body),
      method: request.method,
      path: request.url,
    };
    const status =
      (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ?? 201;
    const secrets =
      (Reflect.getMetadata(RESPONSE_SECRETS, context.getHandler()) as string[] | undefined) ?? [];

    return from(this.repository.claim(idempotent)).pipe(
      mergeMap((claim) => {
        switch (claim.outcome) {
          case 'MISMATCH':
            throw new ApiProblem(
              422,
              'IDEMPOTENCY_KEY_REUSED',
              'This Idempotency-Key was already used with another request; use a new key for a new request.',
            );
          case 'IN_PROGRESS':
            throw new ApiProblem(
              409,
              'CONCURRENT_MODIFICATION',
              'A request with this Idempotency-Key is still being processed; retry shortly.',
              [],
              { 'Retry-After': '1' },
            );
          case 'COMPLETED':
            throw new IdempotentReplay(claim.response);
          case 'CLAIMED':
            return next.handle().pipe(
              mergeMap(async (body: unknown) => {
                const stored = {
                  status,
                  contentType: 'application/json; charset=utf-8',
                  body: body === undefined ? '' : JSON.stringify(withoutSecrets(body, secrets)),
                };
                // The work is done: a failure to store its answer must not turn it into an error.
                await this.repository
                  .complete(idempotent, claim.claimToken, stored)
                  .catch((error: unknown) => {
                    this.logger.warn(
                      { err: error, idempotencyKey: key },
                      'could not store the idempotent response',
                    );
                  });
                return body;
              }),
              catchError(async (error: unknown) => {
                await this.repository.release(idempotent, claim.claimToken).catch(() => undefined);
                throw error;
              }),
            );
          default: {
            const exhaustive: never = claim;
            return exhaustive;
          }
        }
      }),
    );
  }
}
