import type { Projection } from '@compliance/event-sourcing';
import type { RecordedEvent } from '@compliance/event-store';
import type { PoolClient } from 'pg';
import { addressProjection } from './address.projection';
import { ADDRESSES, DOCUMENTS, END_USERS, findRow, saveRow, type AssetTable } from './asset-tables';
import { documentProjection } from './document.projection';
import { endUserProjection } from './end-user.projection';

interface Target {
  projection: Projection<object, { type: string; data: unknown }>;
  table: AssetTable<object>;
  idKey: string;
}

const TARGETS: readonly Target[] = [
  { projection: endUserProjection, table: END_USERS, idKey: 'endUserId' },
  { projection: addressProjection, table: ADDRESSES, idKey: 'addressId' },
  { projection: documentProjection, table: DOCUMENTS, idKey: 'documentId' },
] as unknown as readonly Target[];

/**
 * Applies one event of `identity.events` to the read models, inside the consumer's transaction (CONVENTIONS.md 10).
 * An erasure also nulls the sealed content of every address and document sealed with the end user's key.
 */
export async function applyToAssetReadModels(event: RecordedEvent, client: PoolClient): Promise<void> {
  const target = TARGETS.find((t) => t.projection.handles.includes(event.type));
  if (!target) return;
  const id = (event.data as Record<string, unknown>)[target.idKey];
  if (typeof id !== 'string') throw new Error(`${event.type} ${event.eventId} has no ${target.idKey}`);
  const row = await findRow(client, target.table, id, { forUpdate: true });
  await saveRow(
    client,
    target.table,
    id,
    target.projection.evolve(row, { type: event.type, data: event.data }),
  );
  if (event.type === 'EndUserErased') {
    for (const table of [ADDRESSES.table, DOCUMENTS.table]) {
      await client.query(`UPDATE ${table} SET sealed = NULL, erased = true WHERE subject_id = $1`, [id]);
    }
  }
}
