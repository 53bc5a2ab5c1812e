import { ResponseSecrets } from '../idempotency/response-secrets.decorator';
import {
  AccountResponseDto,
  CreateAccountDto,
  CreateAccountResponseDto,
  generateApiKey,
  IssueApiKeyResponseDto,
  isId,
  ID_PREFIX,
  newUlid,
  type AccountView,
  type CreateAccountReply,
  type IssueApiKeyReply,
  type RevokeApiKeyReply,
} from '@compliance/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { ApiProblem } from '../errors/api-problem';
import { AccountsClient } from './accounts.client';
import { ApiKeyProjectionWaiter } from './api-key-projection.waiter';

export function notFound(what: string, id: string): ApiProblem {
  return new ApiProblem(404, 'NOT_FOUND', `${what} ${id} not found`);
}

@ApiTags('Accounts (admin)')
@ApiBearerAuth()
@Roles('ADMIN')
@Controller('v1/admin/accounts')
export class AdminAccountsController {
  constructor(
    private readonly accounts: AccountsClient,
    private readonly projection: ApiKeyProjectionWaiter,
  ) {}

  @Post()
  @ResponseSecrets('apiKey', 'webhookSigningSecret')
  @ApiCreatedResponse({ type: CreateAccountResponseDto })
  async create(@Body() body: CreateAccountDto): Promise<CreateAccountResponseDto> {
    const commandId = newUlid();
    const { apiKey, keyHash } = generateApiKey();
    const reply = await this.accounts.send<CreateAccountReply>(
      'createAccount',
      { commandId, name: body.name, keyHash },
      commandId,
    );
    await this.projection.untilIssued(reply.apiKeyId);
    const { accountId, name, webhookSigningSecret, createdAt } = reply;
    return { accountId, name, apiKey, webhookSigningSecret, createdAt };
  }

  @Get(':accountId')
  @ApiOkResponse({ type: AccountResponseDto })
  async get(@Param('accountId') accountId: string): Promise<AccountView> {
    return getAccount(this.accounts, accountId);
  }

  @Post(':accountId/apiKeys')
  @ResponseSecrets('apiKey')
  @ApiCreatedResponse({ type: IssueApiKeyResponseDto })
  async issueKey(@Param('accountId') accountId: string): Promise<IssueApiKeyResponseDto> {
    if (!isId(ID_PREFIX.account, accountId)) throw notFound('account', accountId);
    const { apiKey, keyHash } = generateApiKey();
    const reply = await this.accounts.send<IssueApiKeyReply>(
      'issueApiKey',
      { commandId: newUlid(), accountId, keyHash },
      accountId,
    );
    await this.projection.untilIssued(reply.apiKeyId);
    return { apiKeyId: reply.apiKeyId, apiKey };
  }

  @Delete(':accountId/apiKeys/:apiKeyId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revoked: the key gets 401 from now on. Revoking again is a no-op.' })
  async revokeKey(@Param('accountId') accountId: string, @Param('apiKeyId') apiKeyId: string): Promise<void> {
    if (!isId(ID_PREFIX.account, accountId)) throw notFound('account', accountId);
    const reply = await this.accounts.send<RevokeApiKeyReply>(
      'revokeApiKey',
      { accountId, apiKeyId },
      accountId,
    );
    await this.projection.untilRevoked(reply.apiKeyId);
  }
}

export async function getAccount(accounts: AccountsClient, accountId: string): Promise<AccountView> {
  if (!isId(ID_PREFIX.account, accountId)) throw notFound('account', accountId);
  return accounts.send<AccountView>('getAccount', { accountId }, accountId);
}
