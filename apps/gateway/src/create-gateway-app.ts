import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { AppModule, type AppModuleExtras } from './app.module';
import { installBrandXml } from './brands/brand-xml.hooks';
import { gatewayConfigFromEnv, type GatewayConfig } from './config/gateway-config';
import { migrateGateway } from './database/migrate-gateway';
import { setUpOpenApi } from './docs/openapi';
import { installFastifyHooks } from './http/fastify-hooks';
import { registerDocumentUploads } from './identity/document-upload';
import { createLogger } from './logging/logger';
import { PinoNestLogger } from './logging/pino-nest-logger';

export interface GatewayAppOptions extends Partial<GatewayConfig>, AppModuleExtras {
  /** Apply the gateway schema's migrations before starting (main.ts does; tests may migrate themselves). */
  runMigrations?: boolean;
  logger?: Logger;
}

/**
 * The gateway as an initialised NestJS application on Fastify (ADR 0004), not yet listening: `main.ts` calls
 * `listen(port, host)`, tests `listen(0, '127.0.0.1')`. Options override the environment's configuration and add
 * modules, controllers or providers (test-only routes).
 */
export async function createGatewayApp(options: GatewayAppOptions = {}): Promise<NestFastifyApplication> {
  const {
    runMigrations,
    logger: givenLogger,
    imports,
    controllers,
    providers,
    includeAccounts,
    includeCatalog,
    includeIdentity,
    includeNotifications,
    includePhoneNumbers,
    includeBrands,
    includeBundles,
    ...overrides
  } = options;
  const config: GatewayConfig = { ...gatewayConfigFromEnv(), ...overrides };
  const logger = givenLogger ?? createLogger();
  if (runMigrations) await migrateGateway(config.databaseUrl);

  const adapter = new FastifyAdapter({ bodyLimit: config.bodyLimitBytes, logger: false, trustProxy: false });
  installFastifyHooks(adapter.getInstance(), logger);
  if (includeIdentity !== false) await registerDocumentUploads(adapter.getInstance());
  installBrandXml(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, logger, {
      imports,
      controllers,
      providers,
      includeAccounts,
      includeCatalog,
      includeIdentity,
      includeNotifications,
      includePhoneNumbers,
      includeBrands,
      includeBundles,
    }),
    adapter,
    { bodyParser: false, logger: new PinoNestLogger(logger), abortOnError: false },
  );
  app.enableShutdownHooks();
  setUpOpenApi(app);
  await app.init();
  return app;
}
