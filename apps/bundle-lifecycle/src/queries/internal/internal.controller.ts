import { BUNDLE_PATTERNS, type GetBundleInternalRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BUNDLE_DEPS, type BundleDeps } from '../../bundle-deps';
import { reply } from '../../kafka/reply';
import { getBundleInternal } from './get-bundle-internal';

@Controller()
export class InternalQueriesController {
  constructor(@Inject(BUNDLE_DEPS) private readonly deps: BundleDeps) {}

  @MessagePattern(BUNDLE_PATTERNS.getBundleInternal)
  get(@Payload() request: GetBundleInternalRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => getBundleInternal(this.deps, request));
  }
}
