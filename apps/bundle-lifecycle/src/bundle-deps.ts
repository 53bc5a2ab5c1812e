import type { EventStore } from '@compliance/event-store';
import type { Pool } from '@compliance/postgres';
import type { CatalogPort, IdentityPort } from './clients/upstream';

/** Waits until the read model has applied an event (the projection consumer's `waitForEvent`). */
export interface ReadModelWaiter {
  waitForEvent(eventId: string, timeoutMs: number): Promise<boolean>;
}

/** What the controllers, consumers and the scheduler get injected. */
export interface BundleDeps {
  readonly store: EventStore;
  readonly pool: Pool;
  readonly catalog: CatalogPort;
  readonly identity: IdentityPort;
  readonly readModel: ReadModelWaiter;
  /** How long a command waits for the read model to show its events before replying (read your own write). */
  readonly projectionWaitMs: number;
}

export const BUNDLE_DEPS = Symbol('BUNDLE_DEPS');
