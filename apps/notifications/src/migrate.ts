import { migrateMessaging } from '@compliance/messaging';
import { databaseUrl, ensureDatabase } from '@compliance/postgres';
import { migrateNotifications } from './migrate-notifications';

async function main(): Promise<void> {
  const url = databaseUrl();
  await ensureDatabase(url);
  await migrateMessaging(url);
  await migrateNotifications(url);
}

main().catch((error: unknown) => {
  console.error('notifications: migration failed', error);
  process.exit(1);
});
