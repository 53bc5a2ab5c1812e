import type { EventStore } from '@compliance/event-store';
import type { Pool } from '@compliance/postgres';
import type { CatalogLookup } from './catalog/catalog-lookup';
import type { KeyRing } from './crypto/key-ring';
import type { FileStore } from './files/file-store.port';
import type { AssetSealer } from './sealing/asset-sealer';

/** What the handlers and controllers get injected. */
export interface IdentityDeps {
  readonly store: EventStore;
  readonly pool: Pool;
  readonly keys: KeyRing;
  readonly sealer: AssetSealer;
  readonly files: FileStore;
  readonly catalog: CatalogLookup;
  /** Resolves once the read models hold these events, or after a bounded wait (the reply is built from the state). */
  readonly awaitReadModel: (eventIds: readonly string[]) => Promise<void>;
}

export const IDENTITY_DEPS = Symbol('IDENTITY_DEPS');
