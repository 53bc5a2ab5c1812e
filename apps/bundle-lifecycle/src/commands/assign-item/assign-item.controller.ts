import { BUNDLE_PATTERNS, type AssignItemRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BUNDLE_DEPS, type BundleDeps } from '../../bundle-deps';
import { reply } from '../../kafka/reply';
import { assignItem } from './assign-item.handler';

@Controller()
export class AssignItemController {
  constructor(@Inject(BUNDLE_DEPS) private readonly deps: BundleDeps) {}

  @MessagePattern(BUNDLE_PATTERNS.assignItem)
  assign(@Payload() request: AssignItemRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => assignItem(this.deps, request, metadata));
  }
}
