import { migrateEventStore } from '@compliance/event-store';
import { migrateMessaging } from '@compliance/messaging';
import { databaseUrl, ensureDatabase } from '@compliance/postgres';
import { migrateBrandVetting } from './migrate-brand-vetting';

async function main(): Promise<void> {
  const url = databaseUrl();
  await ensureDatabase(url);
  await migrateEventStore(url);
  await migrateMessaging(url);
  await migrateBrandVetting(url);
}

main().catch((error: unknown) => {
  console.error('brand-vetting: migration failed', error);
  process.exit(1);
});
