import { databaseUrl } from '@compliance/postgres';
import { startCatalogService } from './start-catalog-service';

async function main(): Promise<void> {
  const service = await startCatalogService({
    databaseUrl: databaseUrl(),
    namespace: process.env.KAFKA_TOPIC_NAMESPACE ?? '',
  });
  const { regulations, published, elapsedMs } = service.seed;
  console.log(`catalog: seeded ${regulations} regulations (${published} new versions) in ${elapsedMs} ms`);
  console.log('catalog: listening on', service.topics.requestTopics.join(', '));
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`catalog: ${signal}, stopping`);
    service.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('catalog: unclean stop', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('catalog: failed to start', error);
  process.exit(1);
});
