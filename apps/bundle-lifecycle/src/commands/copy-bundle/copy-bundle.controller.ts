import { BUNDLE_PATTERNS, type CreateCopyRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BUNDLE_DEPS, type BundleDeps } from '../../bundle-deps';
import { reply } from '../../kafka/reply';
import { copyBundle } from './copy-bundle.handler';

@Controller()
export class CopyBundleController {
  constructor(@Inject(BUNDLE_DEPS) private readonly deps: BundleDeps) {}

  @MessagePattern(BUNDLE_PATTERNS.createCopy)
  copy(@Payload() request: CreateCopyRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => copyBundle(this.deps, request, metadata));
  }
}
