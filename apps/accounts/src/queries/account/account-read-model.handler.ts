import type { PoolClient } from '@compliance/postgres';
import type { RecordedEvent } from '@compliance/event-store';
import { projectionHandles } from '@compliance/event-sourcing';
import { accountIdOf, accountProjection, type AccountProjectionEvent } from './account.projection';
import { findAccount, saveAccount } from './account.repository';

/** One event into `accounts.accounts`, inside the consumer's transaction (row and processed-event id together). */
export async function applyToAccountReadModel(event: RecordedEvent, client: PoolClient): Promise<void> {
  const candidate = { type: event.type, data: event.data } as AccountProjectionEvent;
  if (!projectionHandles(accountProjection, candidate)) return;
  const accountId = accountIdOf(candidate);
  if (accountId === null) return;
  const before = await findAccount(client, accountId, true);
  const after = accountProjection.evolve(before, candidate);
  if (after !== null && after !== before) await saveAccount(client, after);
}
