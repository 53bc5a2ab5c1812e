import { createPool, type Pool } from '@compliance/postgres';
import { createTestDatabase, type TestDatabase } from '@compliance/testing';
import { migrateEventStore, PostgresEventStore } from '../src';
import { describeEventStoreContract } from '../src/testing/contract-suite';

describeEventStoreContract('PostgreSQL', async () => {
  const database: TestDatabase = await createTestDatabase('event_store_contract');
  await migrateEventStore(database.url);
  const store = new PostgresEventStore(database.pool, { pollIntervalMs: 100 });
  const writers: { store: PostgresEventStore; pool: Pool }[] = [];
  return {
    store,
    async openWriter(options = {}) {
      const pool = createPool(database.url, { max: 2 });
      const writer = new PostgresEventStore(pool, { beforeCommit: options.holdCommit });
      writers.push({ store: writer, pool });
      return writer;
    },
    async cleanup() {
      await store.close();
      for (const writer of writers) {
        await writer.store.close();
        await writer.pool.end();
      }
      await database.drop();
    },
  };
});
