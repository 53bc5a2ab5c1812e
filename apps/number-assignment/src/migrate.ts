import { migrateEventStore } from '@compliance/event-store';
import { migrateMessaging } from '@compliance/messaging';
import { databaseUrl, ensureDatabase } from '@compliance/postgres';
import { migrateNumbers } from './migrate-numbers';

async function main(): Promise<void> {
  const url = databaseUrl();
  await ensureDatabase(url);
  await migrateEventStore(url);
  await migrateMessaging(url);
  await migrateNumbers(url);
}

main().catch((error: unknown) => {
  console.error('number-assignment: migration failed', error);
  process.exit(1);
});
