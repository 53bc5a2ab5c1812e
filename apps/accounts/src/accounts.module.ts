import { Module, type DynamicModule } from '@nestjs/common';
import { COMMAND_DEPS, READ_MODEL_POOL, type CommandDeps, type Pool } from './accounts.tokens';
import { CreateAccountController } from './commands/create-account/create-account.controller';
import { CreateStaffController } from './commands/create-staff/create-staff.controller';
import { IssueApiKeyController } from './commands/issue-api-key/issue-api-key.controller';
import { RevokeApiKeyController } from './commands/revoke-api-key/revoke-api-key.controller';
import { GetAccountController } from './queries/account/get-account.controller';

@Module({})
export class AccountsModule {
  static register(deps: { commands: CommandDeps; pool: Pool }): DynamicModule {
    return {
      module: AccountsModule,
      controllers: [
        CreateAccountController,
        IssueApiKeyController,
        RevokeApiKeyController,
        CreateStaffController,
        GetAccountController,
      ],
      providers: [
        { provide: COMMAND_DEPS, useValue: deps.commands },
        { provide: READ_MODEL_POOL, useValue: deps.pool },
      ],
    };
  }
}
