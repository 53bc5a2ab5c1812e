import { BRAND_PATTERNS, type ImportVettingRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BRAND_VETTING_DEPS, type BrandVettingDeps } from '../../brand-vetting.deps';
import { reply } from '../../kafka/reply';
import { importVetting } from './import-vetting.handler';

@Controller()
export class ImportVettingController {
  constructor(@Inject(BRAND_VETTING_DEPS) private readonly deps: BrandVettingDeps) {}

  @MessagePattern(BRAND_PATTERNS.importVetting)
  handle(@Payload() request: ImportVettingRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => importVetting(this.deps, request, metadata));
  }
}
