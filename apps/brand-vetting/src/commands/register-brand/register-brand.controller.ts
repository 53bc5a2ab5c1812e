import { BRAND_PATTERNS, type RegisterBrandRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BRAND_VETTING_DEPS, type BrandVettingDeps } from '../../brand-vetting.deps';
import { reply } from '../../kafka/reply';
import { registerBrand } from './register-brand.handler';

@Controller()
export class RegisterBrandController {
  constructor(@Inject(BRAND_VETTING_DEPS) private readonly deps: BrandVettingDeps) {}

  @MessagePattern(BRAND_PATTERNS.registerBrand)
  handle(@Payload() request: RegisterBrandRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => registerBrand(this.deps, request, metadata));
  }
}
