import { BRAND_PATTERNS, type RequestVettingRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BRAND_VETTING_DEPS, type BrandVettingDeps } from '../../brand-vetting.deps';
import { reply } from '../../kafka/reply';
import { requestVetting } from './request-vetting.handler';

@Controller()
export class RequestVettingController {
  constructor(@Inject(BRAND_VETTING_DEPS) private readonly deps: BrandVettingDeps) {}

  @MessagePattern(BRAND_PATTERNS.requestVetting)
  handle(@Payload() request: RequestVettingRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => requestVetting(this.deps, request, metadata));
  }
}
