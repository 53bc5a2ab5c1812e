import { Module, type DynamicModule } from '@nestjs/common';
import { BRAND_VETTING_DEPS, type BrandVettingDeps } from './brand-vetting.deps';
import { ImportVettingController } from './commands/import-vetting/import-vetting.controller';
import { RegisterBrandController } from './commands/register-brand/register-brand.controller';
import { RequestVettingController } from './commands/request-vetting/request-vetting.controller';
import { RevetBrandController } from './commands/revet-brand/revet-brand.controller';
import { BrandQueriesController } from './queries/brand/brand.controller';
import { VettingQueriesController } from './queries/vetting/vetting.controller';

@Module({})
export class BrandVettingModule {
  static register(deps: BrandVettingDeps): DynamicModule {
    return {
      module: BrandVettingModule,
      controllers: [
        RegisterBrandController,
        RevetBrandController,
        RequestVettingController,
        ImportVettingController,
        BrandQueriesController,
        VettingQueriesController,
      ],
      providers: [{ provide: BRAND_VETTING_DEPS, useValue: deps }],
    };
  }
}
