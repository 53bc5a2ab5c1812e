import { databaseUrl } from '@compliance/postgres';
import { startBrandVettingService } from './start-brand-vetting-service';

function positiveNumber(value: string | undefined): number | undefined {
  const parsed = Number(value);
  return value !== undefined && Number.isFinite(parsed) && parsed > 0 ? parsed : undefined;
}

async function main(): Promise<void> {
  const service = await startBrandVettingService({
    databaseUrl: databaseUrl(),
    namespace: process.env.KAFKA_TOPIC_NAMESPACE ?? '',
    vettingCompletionDelayMs: positiveNumber(process.env.VETTING_SIMULATOR_DELAY_MS),
    vettingPollIntervalMs: positiveNumber(process.env.VETTING_POLL_INTERVAL_MS),
  });
  console.log('brand-vetting: listening on', service.topics.requestTopics.join(', '));
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`brand-vetting: ${signal}, stopping`);
    service.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('brand-vetting: unclean stop', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('brand-vetting: failed to start', error);
  process.exit(1);
});
