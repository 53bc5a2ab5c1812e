import { BUNDLE_PATTERNS, type UpdateBundleRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BUNDLE_DEPS, type BundleDeps } from '../../bundle-deps';
import { reply } from '../../kafka/reply';
import { updateBundle } from './update-bundle.handler';

@Controller()
export class UpdateBundleController {
  constructor(@Inject(BUNDLE_DEPS) private readonly deps: BundleDeps) {}

  @MessagePattern(BUNDLE_PATTERNS.updateBundle)
  update(@Payload() request: UpdateBundleRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => updateBundle(this.deps, request, metadata));
  }
}
