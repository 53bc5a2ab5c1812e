import { BUNDLE_PATTERNS, type CreateEvaluationRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BUNDLE_DEPS, type BundleDeps } from '../../bundle-deps';
import { reply } from '../../kafka/reply';
import { createEvaluation } from './evaluate-bundle.handler';

@Controller()
export class EvaluateBundleController {
  constructor(@Inject(BUNDLE_DEPS) private readonly deps: BundleDeps) {}

  @MessagePattern(BUNDLE_PATTERNS.createEvaluation)
  create(@Payload() request: CreateEvaluationRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => createEvaluation(this.deps, request, metadata));
  }
}
