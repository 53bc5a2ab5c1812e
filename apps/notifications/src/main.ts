import { databaseUrl } from '@compliance/postgres';
import { configFromEnv } from './config';
import { startNotificationsService } from './start-notifications-service';

async function main(): Promise<void> {
  const config = configFromEnv();
  const service = await startNotificationsService({
    databaseUrl: databaseUrl(),
    namespace: config.namespace,
    smtpUrl: config.smtpUrl,
    emailFrom: config.emailFrom,
    emailTimeoutMs: config.emailTimeoutMs,
    webhookTimeoutMs: config.webhookTimeoutMs,
    allowPrivateTargets: config.allowPrivateTargets,
    concurrency: config.concurrency,
    retryPolicy: config.retryPolicy,
  });
  if (!service.emailEnabled) console.log('notifications: SMTP_URL is not set, e-mails are skipped');
  if (config.allowPrivateTargets) console.log('notifications: webhooks may go to private addresses');
  const topics = [service.topics.bundles, service.topics.accounts, ...service.topics.requests];
  console.log('notifications: listening on', topics.join(', '));
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`notifications: ${signal}, stopping`);
    service.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('notifications: unclean stop', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('notifications: failed to start', error);
  process.exit(1);
});
