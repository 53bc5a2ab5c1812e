import type { EventStore } from '../event-store.port';

export interface WriterOptions {
  /**
   * Runs inside each append after the events are written and before they commit, where the adapter has such
   * a moment (PostgreSQL); adapters without one may run it before the append. Used to commit late on purpose.
   */
  holdCommit?: () => Promise<void>;
}

export interface EventStoreContractFixture {
  store: EventStore;
  /** Another store on its own connections, for concurrent writers; closed by `cleanup`. */
  openWriter(options?: WriterOptions): Promise<EventStore>;
  /** Closes every store and connection the fixture opened and drops what it created. */
  cleanup(): Promise<void>;
}
