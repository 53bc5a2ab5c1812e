import { AccountResponseDto, type AccountView } from '@compliance/contracts';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccountsClient } from './accounts.client';
import { getAccount } from './admin-accounts.controller';

/** The customer's own account (the guard lets CUSTOMER keys reach only their own `:accountId`). */
@ApiTags('Accounts')
@ApiBearerAuth()
@Controller('v1/accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsClient) {}

  @Get(':accountId')
  @ApiOkResponse({ type: AccountResponseDto })
  get(@Param('accountId') accountId: string): Promise<AccountView> {
    return getAccount(this.accounts, accountId);
  }
}
