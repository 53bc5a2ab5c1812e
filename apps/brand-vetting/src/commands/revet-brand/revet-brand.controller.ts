import { BRAND_PATTERNS, type RevetBrandRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BRAND_VETTING_DEPS, type BrandVettingDeps } from '../../brand-vetting.deps';
import { reply } from '../../kafka/reply';
import { revetBrand } from './revet-brand.handler';

@Controller()
export class RevetBrandController {
  constructor(@Inject(BRAND_VETTING_DEPS) private readonly deps: BrandVettingDeps) {}

  @MessagePattern(BRAND_PATTERNS.revetBrand)
  handle(@Payload() request: RevetBrandRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => revetBrand(this.deps, request, metadata));
  }
}
