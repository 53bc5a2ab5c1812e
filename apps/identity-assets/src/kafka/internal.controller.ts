import {
  IDENTITY_PATTERNS,
  type CopyAssetsRequest,
  type GetAssetsForEvaluationRequest,
} from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { copyAssets } from '../commands/copy-assets/copy-assets.handler';
import { IDENTITY_DEPS, type IdentityDeps } from '../identity-deps';
import { getAssetsForEvaluation } from '../queries/assets-for-evaluation/assets-for-evaluation.query';
import { reply } from './reply';

/** Patterns for bundle-lifecycle only: the gateway never sends them. */
@Controller()
export class InternalController {
  constructor(@Inject(IDENTITY_DEPS) private readonly deps: IdentityDeps) {}

  @MessagePattern(IDENTITY_PATTERNS.getAssetsForEvaluation)
  assetsForEvaluation(@Payload() request: GetAssetsForEvaluationRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => getAssetsForEvaluation(this.deps, request));
  }

  @MessagePattern(IDENTITY_PATTERNS.copyAssets)
  copy(@Payload() request: CopyAssetsRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => copyAssets(this.deps, request, metadata));
  }
}
