import { BUNDLE_PATTERNS, type RemoveItemRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BUNDLE_DEPS, type BundleDeps } from '../../bundle-deps';
import { reply } from '../../kafka/reply';
import { removeItem } from './remove-item.handler';

@Controller()
export class RemoveItemController {
  constructor(@Inject(BUNDLE_DEPS) private readonly deps: BundleDeps) {}

  @MessagePattern(BUNDLE_PATTERNS.removeItem)
  remove(@Payload() request: RemoveItemRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => removeItem(this.deps, request, metadata));
  }
}
