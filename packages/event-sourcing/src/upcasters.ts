/**
 * Turns an old stored payload of (type, fromVersion) into the shape of version fromVersion + 1
 * (CONVENTIONS.md 8). It may also rename the event type.
 */
export interface Upcaster {
  readonly type: string;
  readonly fromVersion: number;
  upcast(data: unknown): { type?: string; data: unknown };
}

export interface StoredEventShape {
  type: string;
  data: unknown;
  schemaVersion: number;
}

export interface UpcasterRegistry {
  /** Applies every matching upcaster in turn until the event is in its current shape. */
  upcast(event: StoredEventShape): StoredEventShape;
  /** The schema version new events of this type are written with: 1 unless upcasters say otherwise. */
  currentVersion(type: string): number;
}

export function defineUpcasters(upcasters: readonly Upcaster[] = []): UpcasterRegistry {
  const byKey = new Map<string, Upcaster>();
  const current = new Map<string, number>();
  for (const upcaster of upcasters) {
    const key = `${upcaster.type}@${upcaster.fromVersion}`;
    if (byKey.has(key)) throw new TypeError(`two upcasters for ${key}`);
    byKey.set(key, upcaster);
    current.set(upcaster.type, Math.max(current.get(upcaster.type) ?? 1, upcaster.fromVersion + 1));
  }
  return {
    upcast(event) {
      let shape = event;
      for (let step = 0; step <= byKey.size; step += 1) {
        const upcaster = byKey.get(`${shape.type}@${shape.schemaVersion}`);
        if (!upcaster) return shape;
        const next = upcaster.upcast(shape.data);
        shape = { type: next.type ?? shape.type, data: next.data, schemaVersion: shape.schemaVersion + 1 };
      }
      throw new TypeError(`upcasters for ${event.type} form a cycle`);
    },
    currentVersion(type) {
      return current.get(type) ?? 1;
    },
  };
}

export const NO_UPCASTERS: UpcasterRegistry = defineUpcasters();
