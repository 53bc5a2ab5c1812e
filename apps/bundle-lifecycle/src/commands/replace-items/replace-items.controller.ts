import { BUNDLE_PATTERNS, type ReplaceItemsRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BUNDLE_DEPS, type BundleDeps } from '../../bundle-deps';
import { reply } from '../../kafka/reply';
import { replaceItems } from './replace-items.handler';

@Controller()
export class ReplaceItemsController {
  constructor(@Inject(BUNDLE_DEPS) private readonly deps: BundleDeps) {}

  @MessagePattern(BUNDLE_PATTERNS.replaceItems)
  replace(@Payload() request: ReplaceItemsRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => replaceItems(this.deps, request, metadata));
  }
}
