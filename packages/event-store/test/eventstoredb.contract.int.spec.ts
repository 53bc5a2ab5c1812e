import { EventStoreDBClient } from '@eventstore/db-client';
import { EventStoreDbEventStore } from '../src';
import { describeEventStoreContract } from '../src/testing/contract-suite';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  describeEventStoreContract('EventStoreDB', async () => {
    const clients: EventStoreDBClient[] = [];
    const open = (): EventStoreDbEventStore => {
      const client = EventStoreDBClient.connectionString(connectionString);
      clients.push(client);
      return new EventStoreDbEventStore(client);
    };
    const stores: EventStoreDbEventStore[] = [open()];
    return {
      store: stores[0]!,
      async openWriter(options = {}) {
        const writer = open();
        stores.push(writer);
        const hold = options.holdCommit;
        if (!hold) return writer;
        // EventStoreDB commits each append atomically; the closest to a late commit is a late append.
        return Object.assign(Object.create(writer) as EventStoreDbEventStore, {
          append: async (...args: Parameters<EventStoreDbEventStore['append']>) => {
            await hold();
            return writer.append(...args);
          },
        });
      },
      async cleanup() {
        for (const store of stores) await store.close();
        for (const client of clients) await client.dispose();
      },
    };
  });
} else {
  console.info(
    'EventStoreDB contract tests skipped: EVENTSTORE_CONNECTION_STRING is not set (no EventStoreDB server here). ' +
      'Set it, e.g. esdb://localhost:2113?tls=false, to run the same contract suite against EventStoreDB.',
  );
  describe.skip('EventStore contract: EventStoreDB (EVENTSTORE_CONNECTION_STRING not set)', () => {
    it('runs the contract suite against EventStoreDB', () => undefined);
  });
}
