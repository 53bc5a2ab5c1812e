import { Module } from '@nestjs/common';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { BrandVettingController } from './brand-vetting.controller';
import { BRANDS_GATEWAY_OPTIONS, brandsGatewayOptionsFromEnv } from './brands-gateway.options';
import { BrandsClient } from './brands.client';
import { BrandsController } from './brands.controller';

/** 10DLC brands and vetting, JSON and the guide's XML, rate-limited per account. */
@Module({
  imports: [RateLimitModule],
  controllers: [BrandsController, BrandVettingController],
  providers: [
    { provide: BRANDS_GATEWAY_OPTIONS, useFactory: () => brandsGatewayOptionsFromEnv() },
    BrandsClient,
  ],
})
export class BrandsModule {}
