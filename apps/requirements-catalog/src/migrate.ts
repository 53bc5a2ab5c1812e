import { migrateEventStore } from '@compliance/event-store';
import { migrateMessaging } from '@compliance/messaging';
import { databaseUrl, ensureDatabase } from '@compliance/postgres';
import { migrateCatalog } from './migrate-catalog';

async function main(): Promise<void> {
  const url = databaseUrl();
  await ensureDatabase(url);
  await migrateEventStore(url);
  await migrateMessaging(url);
  await migrateCatalog(url);
}

main().catch((error: unknown) => {
  console.error('catalog: migration failed', error);
  process.exit(1);
});
