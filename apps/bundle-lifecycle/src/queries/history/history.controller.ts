import { BUNDLE_PATTERNS, type ListForBundleRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BUNDLE_DEPS, type BundleDeps } from '../../bundle-deps';
import { reply } from '../../kafka/reply';
import { getHistory } from './history.queries';

@Controller()
export class HistoryController {
  constructor(@Inject(BUNDLE_DEPS) private readonly deps: BundleDeps) {}

  @MessagePattern(BUNDLE_PATTERNS.getHistory)
  history(@Payload() request: ListForBundleRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => getHistory(this.deps, request));
  }
}
