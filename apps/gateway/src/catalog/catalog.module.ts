import { Module } from '@nestjs/common';
import { AdminRegulationsController } from './admin-regulations.controller';
import { CATALOG_GATEWAY_OPTIONS, catalogGatewayOptionsFromEnv } from './catalog-gateway.options';
import { CatalogClient } from './catalog.client';
import { CityInfoController } from './city-info.controller';
import { ComplianceCatalogController } from './compliance-catalog.controller';

/** Requirements-catalog endpoints and the request-reply client to the catalog service. */
@Module({
  controllers: [ComplianceCatalogController, CityInfoController, AdminRegulationsController],
  providers: [
    { provide: CATALOG_GATEWAY_OPTIONS, useFactory: () => catalogGatewayOptionsFromEnv() },
    CatalogClient,
  ],
  exports: [CatalogClient],
})
export class CatalogModule {}
