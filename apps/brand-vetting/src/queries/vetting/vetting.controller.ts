import { BRAND_PATTERNS, type ListVettingsRequest, type VettingList } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { BRAND_VETTING_DEPS, type BrandVettingDeps } from '../../brand-vetting.deps';
import { reply } from '../../kafka/reply';
import { getBrandQuery } from '../brand/brand.queries.handler';
import { listVettings } from './vetting.repository';

@Controller()
export class VettingQueriesController {
  constructor(@Inject(BRAND_VETTING_DEPS) private readonly deps: BrandVettingDeps) {}

  /** Every record of a brand of this account (an unknown or foreign brand is NOT_FOUND, not an empty list). */
  @MessagePattern(BRAND_PATTERNS.listVettings)
  list(@Payload() request: ListVettingsRequest, @Ctx() context: KafkaContext) {
    return reply(context, async (): Promise<VettingList> => {
      await getBrandQuery(this.deps, request);
      return { data: await listVettings(this.deps.pool, request.accountId, request.brandId) };
    });
  }
}
