import { createGatewayApp } from './create-gateway-app';
import { createLogger } from './logging/logger';

async function main(): Promise<void> {
  const logger = createLogger();
  const port = Number(process.env.GATEWAY_PORT ?? 3000);
  const host = process.env.GATEWAY_HOST ?? '127.0.0.1';
  const app = await createGatewayApp({ runMigrations: true, logger });
  await app.listen(port, host);
  const url = `http://${host}:${port}`;
  logger.info({ url }, 'gateway listening');
  console.log(`Gateway listening on ${url} (docs: ${url}/docs)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
