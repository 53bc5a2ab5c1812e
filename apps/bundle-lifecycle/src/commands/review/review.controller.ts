import { BUNDLE_PATTERNS, type BundleRequestRef, type DecideBundleRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BUNDLE_DEPS, type BundleDeps } from '../../bundle-deps';
import { reply } from '../../kafka/reply';
import { claimBundle, decideBundle } from './review.handlers';

@Controller()
export class ReviewController {
  constructor(@Inject(BUNDLE_DEPS) private readonly deps: BundleDeps) {}

  @MessagePattern(BUNDLE_PATTERNS.claimBundle)
  claim(@Payload() request: BundleRequestRef, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => claimBundle(this.deps, request, metadata));
  }
  @MessagePattern(BUNDLE_PATTERNS.decideBundle)
  decide(@Payload() request: DecideBundleRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => decideBundle(this.deps, request, metadata));
  }
}
