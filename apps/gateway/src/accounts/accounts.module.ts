import { Module } from '@nestjs/common';
import { AccountsController } from './accounts.controller';
import { ACCOUNTS_GATEWAY_OPTIONS, accountsGatewayOptionsFromEnv } from './accounts-gateway.options';
import { AccountsClient } from './accounts.client';
import { AdminAccountsController } from './admin-accounts.controller';
import { AdminStaffController } from './admin-staff.controller';
import { ApiKeyProjectionWaiter } from './api-key-projection.waiter';
import { ApiKeysConsumer } from './api-keys.consumer';

/** Accounts endpoints, the request-reply client to the accounts service, and the `gateway.api_keys` projection. */
@Module({
  controllers: [AdminAccountsController, AdminStaffController, AccountsController],
  providers: [
    { provide: ACCOUNTS_GATEWAY_OPTIONS, useFactory: () => accountsGatewayOptionsFromEnv() },
    AccountsClient,
    ApiKeyProjectionWaiter,
    ApiKeysConsumer,
  ],
  exports: [AccountsClient],
})
export class AccountsModule {}
