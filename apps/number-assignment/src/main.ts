import { databaseUrl } from '@compliance/postgres';
import { startNumberService } from './start-number-service';

async function main(): Promise<void> {
  const service = await startNumberService({
    databaseUrl: databaseUrl(),
    namespace: process.env.KAFKA_TOPIC_NAMESPACE ?? '',
  });
  console.log('number-assignment: listening on', service.topics.requestTopics.join(', '));
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`number-assignment: ${signal}, stopping`);
    service.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('number-assignment: unclean stop', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('number-assignment: failed to start', error);
  process.exit(1);
});
