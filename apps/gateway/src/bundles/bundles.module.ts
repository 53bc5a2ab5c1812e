import { Module } from '@nestjs/common';
import { ReviewsController } from '../reviews/reviews.controller';
import { BundleEvaluationsController } from './bundle-evaluations.controller';
import { BundleItemsController } from './bundle-items.controller';
import { BUNDLES_GATEWAY_OPTIONS, bundlesGatewayOptionsFromEnv } from './bundles-gateway.options';
import { BundlesClient } from './bundles.client';
import { BundlesController } from './bundles.controller';

/** Bundle, item, evaluation, history and review endpoints, and the request-reply client to bundle-lifecycle. */
@Module({
  controllers: [BundlesController, BundleItemsController, BundleEvaluationsController, ReviewsController],
  providers: [
    { provide: BUNDLES_GATEWAY_OPTIONS, useFactory: () => bundlesGatewayOptionsFromEnv() },
    BundlesClient,
  ],
  exports: [BundlesClient],
})
export class BundlesModule {}
