import { CATALOG_PATTERNS, type PublishRegulationRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { CATALOG_DEPS, type CatalogDeps } from '../../catalog-runtime';
import { reply } from '../../kafka/reply';
import { publishRegulation } from './publish-regulation.handler';

@Controller()
export class PublishRegulationController {
  constructor(@Inject(CATALOG_DEPS) private readonly deps: CatalogDeps) {}

  @MessagePattern(CATALOG_PATTERNS.publishRegulation)
  handle(@Payload() request: PublishRegulationRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => publishRegulation(this.deps, request, metadata));
  }
}
