import { BRAND_PATTERNS, type GetBrandRequest, type ListBrandsRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BRAND_VETTING_DEPS, type BrandVettingDeps } from '../../brand-vetting.deps';
import { reply } from '../../kafka/reply';
import { getBrandQuery, listBrandsQuery } from './brand.queries.handler';

@Controller()
export class BrandQueriesController {
  constructor(@Inject(BRAND_VETTING_DEPS) private readonly deps: BrandVettingDeps) {}

  @MessagePattern(BRAND_PATTERNS.listBrands)
  list(@Payload() request: ListBrandsRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => listBrandsQuery(this.deps, request));
  }

  @MessagePattern(BRAND_PATTERNS.getBrand)
  get(@Payload() request: GetBrandRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => getBrandQuery(this.deps, request));
  }
}
