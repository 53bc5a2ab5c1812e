import { migrateEventStore } from '@compliance/event-store';
import { migrateMessaging } from '@compliance/messaging';
import { databaseUrl, ensureDatabase } from '@compliance/postgres';
import { migrateBundles } from './migrate-bundles';

async function main(): Promise<void> {
  const url = databaseUrl();
  await ensureDatabase(url);
  await migrateEventStore(url);
  await migrateMessaging(url);
  await migrateBundles(url);
}

main().catch((error: unknown) => {
  console.error('bundle-lifecycle: migration failed', error);
  process.exit(1);
});
