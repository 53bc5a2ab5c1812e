import { ACCOUNTS_PATTERNS, type RevokeApiKeyRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { COMMAND_DEPS } from '../../accounts.tokens';
import { reply } from '../../kafka/reply';
import type { CommandDeps } from '../command-context';
import { revokeApiKey } from './revoke-api-key.handler';

@Controller()
export class RevokeApiKeyController {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandDeps) {}

  @MessagePattern(ACCOUNTS_PATTERNS.revokeApiKey)
  handle(@Payload() request: RevokeApiKeyRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => revokeApiKey(this.deps, request, metadata));
  }
}
