import {
  CATALOG_PATTERNS,
  type FindRequirementsRequest,
  type GetRegulationRequest,
} from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { CATALOG_DEPS, type CatalogDeps } from '../../catalog-runtime';
import { reply } from '../../kafka/reply';
import { findRequirementsQuery, getRegulationQuery } from './regulation.queries.handler';

@Controller()
export class RegulationQueriesController {
  constructor(@Inject(CATALOG_DEPS) private readonly deps: CatalogDeps) {}

  @MessagePattern(CATALOG_PATTERNS.findRequirements)
  findRequirements(@Payload() request: FindRequirementsRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => findRequirementsQuery(this.deps, request));
  }

  @MessagePattern(CATALOG_PATTERNS.getRegulation)
  getRegulation(@Payload() request: GetRegulationRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => getRegulationQuery(this.deps, request));
  }
}
