import { databaseUrl } from '@compliance/postgres';
import { startBundleService } from './start-bundle-service';

async function main(): Promise<void> {
  const intervalMs = Number(process.env.BUNDLES_SCHEDULER_INTERVAL_MS ?? 60_000);
  const service = await startBundleService({
    databaseUrl: databaseUrl(),
    namespace: process.env.KAFKA_TOPIC_NAMESPACE ?? '',
    schedulerIntervalMs: Number.isFinite(intervalMs) && intervalMs >= 0 ? intervalMs : 60_000,
  });
  console.log('bundle-lifecycle: listening on', service.topics.requestTopics.join(', '));
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`bundle-lifecycle: ${signal}, stopping`);
    service.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('bundle-lifecycle: unclean stop', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('bundle-lifecycle: failed to start', error);
  process.exit(1);
});
