import { ResponseSecrets } from '../idempotency/response-secrets.decorator';
import {
  CreateStaffDto,
  CreateStaffResponseDto,
  generateApiKey,
  newUlid,
  type CreateStaffReply,
} from '@compliance/contracts';
import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { AccountsClient } from './accounts.client';
import { ApiKeyProjectionWaiter } from './api-key-projection.waiter';

@ApiTags('Accounts (admin)')
@ApiBearerAuth()
@Roles('ADMIN')
@Controller('v1/admin/staff')
export class AdminStaffController {
  constructor(
    private readonly accounts: AccountsClient,
    private readonly projection: ApiKeyProjectionWaiter,
  ) {}

  @Post()
  @ResponseSecrets('apiKey')
  @ApiCreatedResponse({ type: CreateStaffResponseDto })
  async create(@Body() body: CreateStaffDto): Promise<CreateStaffResponseDto> {
    const commandId = newUlid();
    const { apiKey, keyHash } = generateApiKey();
    const reply = await this.accounts.send<CreateStaffReply>(
      'createStaff',
      { commandId, name: body.name, role: body.role, keyHash },
      commandId,
    );
    await this.projection.untilIssued(reply.apiKeyId);
    return { staffId: reply.staffId, apiKey };
  }
}
