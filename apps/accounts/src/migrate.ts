import { migrateEventStore } from '@compliance/event-store';
import { migrateMessaging } from '@compliance/messaging';
import { databaseUrl, ensureDatabase } from '@compliance/postgres';
import { migrateAccounts } from './migrate-accounts';

async function main(): Promise<void> {
  const url = databaseUrl();
  await ensureDatabase(url);
  await migrateEventStore(url);
  await migrateMessaging(url);
  await migrateAccounts(url);
}

main().catch((error: unknown) => {
  console.error('accounts: migration failed', error);
  process.exit(1);
});
