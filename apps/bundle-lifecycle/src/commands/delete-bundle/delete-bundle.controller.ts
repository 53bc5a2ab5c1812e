import { BUNDLE_PATTERNS, type BundleRequestRef } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BUNDLE_DEPS, type BundleDeps } from '../../bundle-deps';
import { reply } from '../../kafka/reply';
import { deleteBundle } from './delete-bundle.handler';

@Controller()
export class DeleteBundleController {
  constructor(@Inject(BUNDLE_DEPS) private readonly deps: BundleDeps) {}

  @MessagePattern(BUNDLE_PATTERNS.deleteBundle)
  remove(@Payload() request: BundleRequestRef, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => deleteBundle(this.deps, request, metadata));
  }
}
