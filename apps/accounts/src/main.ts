import { databaseUrl } from '@compliance/postgres';
import { ApiKeyFactory } from './api-key/api-key-factory';
import { startAccountsService } from './start-accounts-service';

async function main(): Promise<void> {
  const apiKeySecret = process.env.API_KEY_SECRET;
  if (!apiKeySecret) {
    console.warn(
      'accounts: API_KEY_SECRET is not set; using a random one (keys cannot be repeated after a restart)',
    );
  }
  const service = await startAccountsService({
    databaseUrl: databaseUrl(),
    apiKeySecret: apiKeySecret ?? ApiKeyFactory.randomSecret(),
    namespace: process.env.KAFKA_TOPIC_NAMESPACE ?? '',
  });
  console.log('accounts: listening on', service.topics.requestTopics.join(', '));
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`accounts: ${signal}, stopping`);
    service.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('accounts: unclean stop', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('accounts: failed to start', error);
  process.exit(1);
});
