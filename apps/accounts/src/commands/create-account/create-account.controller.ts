import { ACCOUNTS_PATTERNS, type CreateAccountRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { COMMAND_DEPS } from '../../accounts.tokens';
import { reply } from '../../kafka/reply';
import type { CommandDeps } from '../command-context';
import { createAccount } from './create-account.handler';

@Controller()
export class CreateAccountController {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandDeps) {}

  @MessagePattern(ACCOUNTS_PATTERNS.createAccount)
  handle(@Payload() request: CreateAccountRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => createAccount(this.deps, request, metadata));
  }
}
