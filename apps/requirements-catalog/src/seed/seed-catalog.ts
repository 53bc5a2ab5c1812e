import { randomUUID } from 'node:crypto';
import type { EventStore, RecordedEvent } from '@compliance/event-store';
import { handleCommand } from '@compliance/event-sourcing';
import type { CatalogRuntime } from '../catalog-runtime';
import { seedCommands } from '../catalog-data/catalog-data';
import type { PublishRegulationVersion } from '../domain/regulation.command';
import { sameRequirement } from '../domain/regulation.decider';
import { validateRequirementSpec } from '../domain/requirement-spec.validator';
import { regulationStreamId } from '../regulation/regulation.stream';

/** The actor of every version the data files publish. */
export const SEED_ACTOR = 'catalog-data';

export interface SeedReport {
  readonly regulations: number;
  /** Versions appended by this run (0 when the data files did not change). */
  readonly published: number;
  readonly elapsedMs: number;
}

/**
 * Whether the data file's spec is the one the data files last published. If so the entry has not changed since,
 * and a version an ADMIN published on top of it must stay in force: seeding never reverts an ADMIN publish.
 */
export function alreadySeeded(
  events: readonly RecordedEvent[],
  command: PublishRegulationVersion,
  spec: unknown,
): boolean {
  const lastSeeded = [...events].reverse().find((e) => e.metadata.actor === SEED_ACTOR);
  if (!lastSeeded) return false;
  const data = lastSeeded.data as { requirement?: unknown; regulationId?: unknown };
  return data.regulationId === command.data.regulationId && sameRequirement(data.requirement, spec);
}

/**
 * Publishes the data files through the regulation decider and the one command path, a few regulations at a time.
 * Every start runs it: an unchanged entry appends nothing, and concurrent instances meet on the expected revision.
 */
export async function seedCatalog(
  store: EventStore,
  runtime: CatalogRuntime,
  { concurrency = 8, now = new Date() }: { concurrency?: number; now?: Date } = {},
): Promise<SeedReport> {
  const started = Date.now();
  const metadata = {
    now,
    actor: SEED_ACTOR,
    accountId: null,
    correlationId: `catalog-seed-${randomUUID()}`,
    causationId: null,
  };
  const commands = seedCommands(runtime.data, runtime.countries, metadata);
  let published = 0;
  let next = 0;

  const seedOne = async (command: PublishRegulationVersion): Promise<void> => {
    const streamId = regulationStreamId(command.data.regulationId);
    const spec = validateRequirementSpec(command.data.requirement, {
      reference: runtime.reference,
      endUserType: command.data.endUserType,
      hasCityData: runtime.hasCityData(command.data.country),
    });
    const events = await store.readStream(streamId);
    if (spec.ok && alreadySeeded(events, command, spec.value)) return;
    const result = await handleCommand(store, {
      streamId,
      decider: runtime.decider,
      command,
      metadata: { accountId: null, causationId: null },
    });
    published += result.events.length;
  };

  const worker = async (): Promise<void> => {
    while (next < commands.length) {
      const command = commands[next++];
      if (command) await seedOne(command);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return { regulations: commands.length, published, elapsedMs: Date.now() - started };
}
