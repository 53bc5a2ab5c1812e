import { databaseUrl } from '@compliance/postgres';
import { startIdentityService } from './start-identity-service';

async function main(): Promise<void> {
  const service = await startIdentityService({
    databaseUrl: databaseUrl(),
    namespace: process.env.KAFKA_TOPIC_NAMESPACE ?? '',
  });
  console.log(`identity-assets: master key from ${service.masterKey.source}, files in ${service.fileDir}`);
  console.log(`identity-assets: files on ${service.httpUrl}`);
  console.log('identity-assets: listening on', service.topics.requestTopics.join(', '));
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`identity-assets: ${signal}, stopping`);
    service.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('identity-assets: unclean stop', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('identity-assets: failed to start', error);
  process.exit(1);
});
