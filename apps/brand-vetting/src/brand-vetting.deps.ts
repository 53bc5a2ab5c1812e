import type { EventStore } from '@compliance/event-store';
import type { Pool } from '@compliance/postgres';
import type { BrandRegistry, ExternalVettingProvider } from './domain/ports';

/** What the controllers get injected. */
export interface BrandVettingDeps {
  readonly store: EventStore;
  readonly pool: Pool;
  readonly registry: BrandRegistry;
  readonly provider: ExternalVettingProvider;
  /** How long a command waits for the read model to show its change before replying. */
  readonly projectionWaitMs: number;
}

export const BRAND_VETTING_DEPS = Symbol('BRAND_VETTING_DEPS');
