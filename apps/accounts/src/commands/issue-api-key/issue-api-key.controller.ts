import { ACCOUNTS_PATTERNS, type IssueApiKeyRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { COMMAND_DEPS } from '../../accounts.tokens';
import { reply } from '../../kafka/reply';
import type { CommandDeps } from '../command-context';
import { issueApiKey } from './issue-api-key.handler';

@Controller()
export class IssueApiKeyController {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandDeps) {}

  @MessagePattern(ACCOUNTS_PATTERNS.issueApiKey)
  handle(@Payload() request: IssueApiKeyRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => issueApiKey(this.deps, request, metadata));
  }
}
