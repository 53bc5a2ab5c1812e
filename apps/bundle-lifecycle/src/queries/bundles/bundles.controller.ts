import {
  BUNDLE_PATTERNS,
  type BundleRequestRef,
  type ListBundlesRequest,
  type ListForBundleRequest,
} from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BUNDLE_DEPS, type BundleDeps } from '../../bundle-deps';
import { reply } from '../../kafka/reply';
import { getBundle, listBundles, listCopies, listItems } from './bundles.queries';

@Controller()
export class BundleQueriesController {
  constructor(@Inject(BUNDLE_DEPS) private readonly deps: BundleDeps) {}

  @MessagePattern(BUNDLE_PATTERNS.getBundle)
  get(@Payload() request: BundleRequestRef, @Ctx() context: KafkaContext) {
    return reply(context, () => getBundle(this.deps, request));
  }
  @MessagePattern(BUNDLE_PATTERNS.listBundles)
  list(@Payload() request: ListBundlesRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => listBundles(this.deps, request));
  }
  @MessagePattern(BUNDLE_PATTERNS.listItems)
  items(@Payload() request: ListForBundleRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => listItems(this.deps, request));
  }
  @MessagePattern(BUNDLE_PATTERNS.listCopies)
  copies(@Payload() request: ListForBundleRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => listCopies(this.deps, request));
  }
}
