import { BUNDLE_PATTERNS, type GetEvaluationRequest, type ListForBundleRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BUNDLE_DEPS, type BundleDeps } from '../../bundle-deps';
import { reply } from '../../kafka/reply';
import { getEvaluation, listEvaluations } from './evaluations.queries';

@Controller()
export class EvaluationQueriesController {
  constructor(@Inject(BUNDLE_DEPS) private readonly deps: BundleDeps) {}

  @MessagePattern(BUNDLE_PATTERNS.listEvaluations)
  list(@Payload() request: ListForBundleRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => listEvaluations(this.deps, request));
  }
  @MessagePattern(BUNDLE_PATTERNS.getEvaluation)
  get(@Payload() request: GetEvaluationRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => getEvaluation(this.deps, request));
  }
}
