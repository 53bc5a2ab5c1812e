import { Module, type DynamicModule } from '@nestjs/common';
import { CATALOG_DEPS, type CatalogDeps } from './catalog-runtime';
import { PublishRegulationController } from './commands/publish-regulation/publish-regulation.controller';
import { ReferenceQueriesController } from './queries/reference/reference.controller';
import { RegulationQueriesController } from './queries/regulation/regulation.controller';

@Module({})
export class CatalogModule {
  static register(deps: CatalogDeps): DynamicModule {
    return {
      module: CatalogModule,
      controllers: [PublishRegulationController, RegulationQueriesController, ReferenceQueriesController],
      providers: [{ provide: CATALOG_DEPS, useValue: deps }],
    };
  }
}
