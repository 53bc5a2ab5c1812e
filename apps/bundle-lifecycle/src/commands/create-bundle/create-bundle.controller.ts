import { BUNDLE_PATTERNS, type CreateBundleRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BUNDLE_DEPS, type BundleDeps } from '../../bundle-deps';
import { reply } from '../../kafka/reply';
import { createBundle } from './create-bundle.handler';

@Controller()
export class CreateBundleController {
  constructor(@Inject(BUNDLE_DEPS) private readonly deps: BundleDeps) {}

  @MessagePattern(BUNDLE_PATTERNS.createBundle)
  create(@Payload() request: CreateBundleRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => createBundle(this.deps, request, metadata));
  }
}
