import { BUNDLE_PATTERNS, type ListReviewsRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BUNDLE_DEPS, type BundleDeps } from '../../bundle-deps';
import { reply } from '../../kafka/reply';
import { listReviews } from './reviews.queries';

@Controller()
export class ReviewQueriesController {
  constructor(@Inject(BUNDLE_DEPS) private readonly deps: BundleDeps) {}

  @MessagePattern(BUNDLE_PATTERNS.listReviews)
  list(@Payload() request: ListReviewsRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => listReviews(this.deps, request));
  }
}
