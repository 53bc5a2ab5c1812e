import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { findRequestContext } from '../context/request-context';
import { ApiProblem } from '../errors/api-problem';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import type { Principal, Role } from './principal';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  params?: Record<string, string | undefined>;
  url: string;
  principal?: Principal;
}

const STAFF_ROLES: readonly Role[] = ['REVIEWER', 'ADMIN'];
const BEARER = /^Bearer +([\x21-\x7e]{1,512})$/i;

function unauthenticated(detail: string, invalidToken: boolean): ApiProblem {
  const challenge = invalidToken
    ? 'Bearer realm="compliance", error="invalid_token"'
    : 'Bearer realm="compliance"';
  return new ApiProblem(401, 'UNAUTHENTICATED', detail, [], { 'WWW-Authenticate': challenge });
}

function isAdminPath(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return path === '/v1/admin' || path.startsWith('/v1/admin/');
}

/**
 * Every route needs a valid API key unless it is @Public(). Then: @Roles(...) when given; staff roles on every
 * /v1/admin path; and a CUSTOMER key only on its own account's `:accountId` paths.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: ApiKeyAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const authorization = Array.isArray(header) ? header[0] : header;
    if (authorization === undefined || authorization === '') {
      throw unauthenticated('Send an API key as "Authorization: Bearer <apiKey>".', false);
    }
    const apiKey = BEARER.exec(authorization)?.[1];
    const principal = apiKey === undefined ? null : await this.authenticator.authenticate(apiKey);
    if (!principal) throw unauthenticated('The API key is not valid or has been revoked.', true);

    request.principal = principal;
    const requestContext = findRequestContext();
    if (requestContext) requestContext.principal = principal;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(principal.role)) {
      throw new ApiProblem(403, 'FORBIDDEN', `This operation needs one of the roles ${roles.join(', ')}.`);
    }
    if (isAdminPath(request.url) && !STAFF_ROLES.includes(principal.role)) {
      throw new ApiProblem(403, 'FORBIDDEN', 'Admin paths need a REVIEWER or ADMIN key.');
    }
    const pathAccountId = request.params?.accountId;
    if (
      pathAccountId !== undefined &&
      principal.role === 'CUSTOMER' &&
      pathAccountId !== principal.accountId
    ) {
      throw new ApiProblem(403, 'FORBIDDEN', 'This API key may only be used for its own account.');
    }
    return true;
  }
}
