import { ACCOUNTS_PATTERNS, type CreateStaffRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { COMMAND_DEPS } from '../../accounts.tokens';
import { reply } from '../../kafka/reply';
import type { CommandDeps } from '../command-context';
import { createStaff } from './create-staff.handler';

@Controller()
export class CreateStaffController {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandDeps) {}

  @MessagePattern(ACCOUNTS_PATTERNS.createStaff)
  handle(@Payload() request: CreateStaffRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => createStaff(this.deps, request, metadata));
  }
}
