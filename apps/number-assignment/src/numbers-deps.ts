import type { EventStore } from '@compliance/event-store';
import type { Pool } from '@compliance/postgres';
import type { BundleDirectory } from './bundles/bundles.port';
import type { NumberingPlan } from './domain/ports';

/** What the handlers, the reactor and the controllers get injected. */
export interface NumbersDeps {
  readonly store: EventStore;
  readonly pool: Pool;
  readonly plan: NumberingPlan;
  readonly bundles: BundleDirectory;
  /** Number streams written at once by one bulk request or one bundle status change. */
  readonly concurrency: number;
}

export const NUMBERS_DEPS = Symbol('NUMBERS_DEPS');
