import { Module, type DynamicModule, type ModuleMetadata, type Provider, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import type { Logger } from 'pino';
import { AccountsModule } from './accounts/accounts.module';
import { ApiKeyGuard } from './auth/api-key.guard';
import { BrandsModule } from './brands/brands.module';
import { BundlesModule } from './bundles/bundles.module';
import { CatalogModule } from './catalog/catalog.module';
import type { GatewayConfig } from './config/gateway-config';
import { ProblemDetailsFilter } from './errors/problem-details.filter';
import { GatewayCoreModule } from './gateway-core.module';
import { HealthController } from './health/health.controller';
import { IdentityModule } from './identity/identity.module';
import { KafkaHealth } from './health/kafka-health';
import { NotificationsModule } from './notifications/notifications.module';
import { PostgresHealth } from './health/postgres-health';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { PhoneNumbersModule } from './phone-numbers/phone-numbers.module';
import { createValidationPipe } from './validation/validation.pipe';

export interface AppModuleExtras {
  imports?: ModuleMetadata['imports'];
  controllers?: Type[];
  providers?: Provider[];
  /** Leave out AccountsModule (and its Kafka consumers): tests of the shell alone. Default true. */
  includeAccounts?: boolean;
  /** Leave out CatalogModule (its Kafka request-reply client): tests that run no catalog service. Default true. */
  includeCatalog?: boolean;
  /** Leave out IdentityModule (its Kafka client to identity-assets): tests that run no identity service. Default true. */
  includeIdentity?: boolean;
  /** Leave out NotificationsModule (its Kafka request-reply client): tests that run no notifications service. Default true. */
  includeNotifications?: boolean;
  /** Leave out PhoneNumbersModule (its request-reply client to number-assignment). Default true. */
  includePhoneNumbers?: boolean;
  /** Leave out BrandsModule (its Kafka request-reply client): tests that run no brand-vetting service. Default true. */
  includeBrands?: boolean;
  /** Leave out BundlesModule (its Kafka request-reply client): tests that run no bundle-lifecycle service. Default true. */
  includeBundles?: boolean;
}

@Module({})
export class AppModule {
  static forRoot(config: GatewayConfig, logger: Logger, extras: AppModuleExtras = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        GatewayCoreModule.forRoot(config, logger),
        ...(extras.includeAccounts === false ? [] : [AccountsModule]),
        ...(extras.includeCatalog === false ? [] : [CatalogModule]),
        ...(extras.includeIdentity === false ? [] : [IdentityModule]),
        ...(extras.includeNotifications === false ? [] : [NotificationsModule]),
        ...(extras.includePhoneNumbers === false ? [] : [PhoneNumbersModule]),
        ...(extras.includeBrands === false ? [] : [BrandsModule]),
        ...(extras.includeBundles === false ? [] : [BundlesModule]),
        ...(extras.imports ?? []),
      ],
      controllers: [HealthController, ...(extras.controllers ?? [])],
      providers: [
        PostgresHealth,
        KafkaHealth,
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        ...(extras.providers ?? []),
      ],
    };
  }
}
