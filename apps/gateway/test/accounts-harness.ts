import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, ServiceProcess, uniqueName, type TestDatabase } from '@compliance/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createGatewayApp } from '../src/create-gateway-app';
import { createLogger } from '../src/logging/logger';

export const ADMIN_KEY = 'admin_test_key_0123456789abcdef0123456789';
/** The accounts service's built entry point: run as its own process, as in production (apps never import apps). */
const ACCOUNTS_MAIN = path.resolve(__dirname, '..', '..', 'accounts', 'dist', 'main.js');
/** The requirements-catalog service's built entry point, started the same way when a test asks for it. */
const CATALOG_MAIN = path.resolve(__dirname, '..', '..', 'requirements-catalog', 'dist', 'main.js');
/** The identity-assets service's built entry point (needs the catalog for its types). */
const IDENTITY_MAIN = path.resolve(__dirname, '..', '..', 'identity-assets', 'dist', 'main.js');
/** The notifications service's built entry point. */
const NOTIFICATIONS_MAIN = path.resolve(__dirname, '..', '..', 'notifications', 'dist', 'main.js');
/** The number-assignment service's built entry point, started when a test asks for it. */
const NUMBERS_MAIN = path.resolve(__dirname, '..', '..', 'number-assignment', 'dist', 'main.js');
/** The brand-vetting service's built entry point. */
const BRAND_VETTING_MAIN = path.resolve(__dirname, '..', '..', 'brand-vetting', 'dist', 'main.js');
/** The bundle-lifecycle service's built entry point. */
const BUNDLES_MAIN = path.resolve(__dirname, '..', '..', 'bundle-lifecycle', 'dist', 'main.js');

export interface StackOptions {
  /** Also run the requirements-catalog service (same database and namespace) and the gateway's CatalogModule. */
  catalog?: boolean;
  /** Also run identity-assets (implies the catalog) and the gateway's IdentityModule. */
  identity?: boolean;
  /** Also run the notifications service (same database and namespace; `notificationsEnv` adds to its environment). */
  notifications?: boolean;
  notificationsEnv?: NodeJS.ProcessEnv;
  /** Also run the number-assignment service and the gateway's PhoneNumbersModule. */
  numbers?: boolean;
  /**
   * Also run the brand-vetting service (its vetting simulator completes after `vettingDelayMs`, default 300 ms)
   * and the gateway's BrandsModule.
   */
  brands?: boolean | { vettingDelayMs?: number };
  /** Also run the bundle-lifecycle service and the gateway's BundlesModule (needs `catalog`). */
  bundles?: boolean;
}

/** How the identity-assets process of a stack runs: its master key and file store, for tests that look at them. */
export interface IdentityRuntime {
  service: ServiceProcess;
  masterKey: string;
  fileDir: string;
}

export interface AccountsStack {
  db: TestDatabase;
  namespace: string;
  service: ServiceProcess;
  /** The catalog service, when started with `{ catalog: true }`. */
  catalogService: ServiceProcess | null;
  /** identity-assets, when started with `{ identity: true }`. */
  identity: IdentityRuntime | null;
  /** The notifications service, when started with `{ notifications: true }`. */
  notificationsService: ServiceProcess | null;
  /** The number-assignment service, when started with `{ numbers: true }`. */
  numbersService: ServiceProcess | null;
  /** The brand-vetting service, when started with `{ brands: true }`. */
  brandService: ServiceProcess | null;
  /** The bundle-lifecycle service, when started with `{ bundles: true }`. */
  bundlesService: ServiceProcess | null;
  gateway: NestFastifyApplication;
  baseUrl: string;
  http(
    method: string,
    path: string,
    options?: { key?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<{
    status: number;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies of every shape
    body: any;
    headers: Headers;
  }>;
  /** Another accounts (default) or catalog service process on the same database and namespace; stopped by stop(). */
  startExtraService(kind?: 'accounts' | 'catalog'): Promise<ServiceProcess>;
  stop(): Promise<void>;
}

/**
 * The accounts service (and, when asked, the catalog service) as their own processes and the gateway in-process, on
 * a fresh database and their own Kafka topic namespace.
 */
export async function startAccountsStack(label: string, options: StackOptions = {}): Promise<AccountsStack> {
  const db = await createTestDatabase(label);
  const namespace = `${uniqueName(label)}.`;
  process.env.KAFKA_TOPIC_NAMESPACE = namespace;
  const extra: ServiceProcess[] = [];
  const env = { DATABASE_URL: db.url, KAFKA_TOPIC_NAMESPACE: namespace, LOG_LEVEL: 'silent' };
  const startService = () =>
    ServiceProcess.start({ script: ACCOUNTS_MAIN, env, readyLine: /accounts: listening/ });
  const startCatalog = () =>
    ServiceProcess.start({ script: CATALOG_MAIN, env, readyLine: /catalog: listening/ });
  const withCatalog = options.catalog === true || options.identity === true;
  const service = await startService();
  // One after the other: both migrate the shared event-store schema of the one database at start.
  const catalogService = withCatalog
    ? await startCatalog().catch(async (error: unknown) => {
        await service.stop();
        throw error;
      })
    : null;
  let identity: IdentityRuntime | null = null;
  if (options.identity) {
    const masterKey = randomBytes(32).toString('base64');
    const fileDir = mkdtempSync(path.join(os.tmpdir(), 'identity-files-'));
    const identityService = await ServiceProcess.start({
      script: IDENTITY_MAIN,
      env: { ...env, IDENTITY_MASTER_KEY: masterKey, IDENTITY_FILE_DIR: fileDir, IDENTITY_HTTP_PORT: '0' },
      readyLine: /identity-assets: listening/,
    }).catch(async (error: unknown) => {
      await service.stop();
      await catalogService?.stop();
      throw error;
    });
    identity = { service: identityService, masterKey, fileDir };
    // The gateway reaches its internal file endpoint on the port it picked.
    const filesUrl = /identity-assets: files on (http:\/\/\S+)/.exec(identityService.logs)?.[1];
    if (!filesUrl) throw new Error(`identity-assets printed no file endpoint:\n${identityService.logs}`);
    process.env.IDENTITY_FILES_URL = filesUrl;
  }
  const notificationsService = options.notifications
    ? await ServiceProcess.start({
        script: NOTIFICATIONS_MAIN,
        env: { ...env, ...options.notificationsEnv },
        readyLine: /notifications: listening/,
      }).catch(async (error: unknown) => {
        await service.stop();
        await catalogService?.stop();
        await identity?.service.stop();
        throw error;
      })
    : null;
  const numbersService = options.numbers
    ? await ServiceProcess.start({
        script: NUMBERS_MAIN,
        env,
        readyLine: /number-assignment: listening/,
      }).catch(async (error: unknown) => {
        await service.stop();
        await catalogService?.stop();
        await identity?.service.stop();
        throw error;
      })
    : null;
  const bundlesService = options.bundles
    ? await ServiceProcess.start({
        script: BUNDLES_MAIN,
        env,
        readyLine: /bundle-lifecycle: listening/,
      }).catch(async (error: unknown) => {
        await service.stop();
        await identity?.service.stop();
        await catalogService?.stop();
        await notificationsService?.stop();
        await numbersService?.stop();
        throw error;
      })
    : null;
  const brandOptions = typeof options.brands === 'object' ? options.brands : {};
  const brandService = options.brands
    ? await ServiceProcess.start({
        script: BRAND_VETTING_MAIN,
        env: {
          ...env,
          VETTING_SIMULATOR_DELAY_MS: String(brandOptions.vettingDelayMs ?? 300),
          VETTING_POLL_INTERVAL_MS: '100',
        },
        readyLine: /brand-vetting: listening/,
      }).catch(async (error: unknown) => {
        await service.stop();
        await catalogService?.stop();
        await identity?.service.stop();
        await notificationsService?.stop();
        await numbersService?.stop();
        throw error;
      })
    : null;
  const gateway = await createGatewayApp({
    includeBrands: options.brands !== undefined && options.brands !== false,
    includeCatalog: withCatalog,
    includeIdentity: options.identity === true,
    includeNotifications: options.notifications === true,
    includePhoneNumbers: options.numbers === true,
    includeBundles: options.bundles === true,
    databaseUrl: db.url,
    adminApiKey: ADMIN_KEY,
    runMigrations: true,
    logger: createLogger({ level: process.env.LOG_LEVEL ?? 'silent' }),
  });
  await gateway.listen(0, '127.0.0.1');
  const baseUrl = await gateway.getUrl();
  return {
    db,
    namespace,
    service,
    catalogService,
    identity,
    notificationsService,
    numbersService,
    brandService,
    bundlesService,
    gateway,
    baseUrl,
    async http(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.key) headers.authorization = `Bearer ${options.key}`;
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers,
        ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
      });
      const text = await response.text();
      return {
        status: response.status,
        body: text ? JSON.parse(text) : undefined,
        headers: response.headers,
      };
    },
    async startExtraService(kind = 'accounts') {
      const started = await (kind === 'catalog' ? startCatalog() : startService());
      extra.push(started);
      return started;
    },
    async stop() {
      await gateway.close();
      for (const started of extra) await started.stop().catch(() => undefined);
      await service.stop();
      await bundlesService?.stop();
      await catalogService?.stop();
      await identity?.service.stop();
      if (identity) rmSync(identity.fileDir, { recursive: true, force: true });
      await notificationsService?.stop();
      await numbersService?.stop();
      await brandService?.stop();
      await db.drop();
    },
  };
}
