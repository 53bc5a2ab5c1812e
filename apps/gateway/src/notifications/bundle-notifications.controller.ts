import {
  ID_PREFIX,
  isId,
  ListNotificationsQueryDto,
  NotificationPageDto,
  type ListBundleNotificationsRequest,
  type NotificationPage,
} from '@compliance/contracts';
import { applyDecorators, Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblem } from '../errors/api-problem';
import { NotificationsClient } from './notifications.client';

const PROBLEMS: Readonly<Record<number, string>> = {
  400: 'VALIDATION_FAILED: a bad `pageSize`, a `pageToken` this endpoint did not issue, or an unknown parameter.',
  401: 'UNAUTHENTICATED: no key, an unknown or a revoked key.',
  403: "FORBIDDEN: a customer key on another account's path.",
  404: 'NOT_FOUND: no such bundle in this account (another account’s bundle is not found either).',
  503: 'DEPENDENCY_UNAVAILABLE: the notifications service did not answer; retry after `Retry-After` seconds.',
};

function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: PROBLEMS[status] ?? 'Problem details',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      }),
    ),
  );
}

function notFound(what: string, id: string): ApiProblem {
  return new ApiProblem(404, 'NOT_FOUND', `${what} ${id.slice(0, 64)} not found`);
}

/**
 * The delivery log of a bundle's notifications (webhooks to its statusCallback, e-mails to its email). A customer key
 * reads its own account's bundles; staff keys any account's, under the bundle's own account id.
 */
@ApiTags('Notifications')
@ApiBearerAuth()
@ApiParam({ name: 'accountId', example: 'acc_01JGFJJZ000000000000000000' })
@ApiParam({ name: 'bundleId', example: 'bun_01JGFJJZ000000000000000000' })
@ApiProblems(400, 401, 403, 404, 503)
@Controller('v1/accounts/:accountId/compliance/bundles/:bundleId/notifications')
export class BundleNotificationsController {
  constructor(private readonly notifications: NotificationsClient) {}

  @Get()
  @ApiOperation({
    summary: "List a bundle's notifications and their delivery attempts",
    description:
      'Every webhook and e-mail sent for the bundle (one per status change and per `validUntil` set, and channel), ' +
      'oldest first, each with its delivery log: attempt number, time, duration, HTTP status or SMTP reply code, ' +
      'error. Webhooks are POSTed to `statusCallback` with `X-Compliance-Event-Id` and `X-Compliance-Signature: ' +
      't=<unix seconds>,v1=<hex HMAC-SHA256(webhookSigningSecret, "<t>.<raw body>")>`; anything but a 2xx within ' +
      '10 s is retried with exponential backoff (30 s doubling to 1 h, ±20 % jitter) for 72 h, in order per bundle. ' +
      'The log follows the bundle events shortly after they happen (eventually consistent).',
  })
  @ApiOkResponse({ type: NotificationPageDto })
  async list(
    @Param('accountId') accountId: string,
    @Param('bundleId') bundleId: string,
    @Query() query: ListNotificationsQueryDto,
  ): Promise<NotificationPage> {
    if (!isId(ID_PREFIX.account, accountId)) throw notFound('account', accountId);
    if (!isId(ID_PREFIX.bundle, bundleId)) throw notFound('bundle', bundleId);
    const request: ListBundleNotificationsRequest = {
      accountId,
      bundleId,
      pageSize: query.pageSize,
      ...(query.pageToken !== undefined && { pageToken: query.pageToken }),
    };
    return this.notifications.send<NotificationPage>('listBundleNotifications', request, bundleId);
  }
}
