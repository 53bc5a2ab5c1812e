import { ACCOUNTS_PATTERNS, type GetAccountRequest } from '@compliance/contracts';
import { NotFoundError } from '@compliance/event-sourcing';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { READ_MODEL_POOL, type Pool } from '../../accounts.tokens';
import { reply } from '../../kafka/reply';
import { findAccount } from './account.repository';

@Controller()
export class GetAccountController {
  constructor(@Inject(READ_MODEL_POOL) private readonly pool: Pool) {}

  @MessagePattern(ACCOUNTS_PATTERNS.getAccount)
  handle(@Payload() request: GetAccountRequest, @Ctx() context: KafkaContext) {
    return reply(context, async () => {
      const accountId = typeof request.accountId === 'string' ? request.accountId : '';
      const account = await findAccount(this.pool, accountId);
      if (!account) throw new NotFoundError('account', accountId);
      return account;
    });
  }
}
