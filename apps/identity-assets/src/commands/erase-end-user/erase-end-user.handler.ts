import { ID_PREFIX, type EndUserView, type EraseEndUserRequest } from '@compliance/contracts';
import { handleCommand, loadAggregate, type CommandMetadata } from '@compliance/event-sourcing';
import { endUserDecider } from '../../domain/end-user.decider';
import { assetNotFound } from '../../domain/identity.errors';
import { retentionHolds } from '../../domain/retention-hold';
import type { IdentityDeps } from '../../identity-deps';
import { bundlesOfSubject } from '../../queries/bundle-view/bundle-view.repository';
import { endUserViews } from '../../queries/end-users/end-users.queries';
import { endUserStreamId } from '../../streams/identity.streams';
import { requireId } from '../shared/checks';
import { endUserRowOf } from '../shared/state-rows';

/**
 * `identity.erase-end-user` (ADMIN, any account): RETENTION_HOLD while a bundle holding the end user or an asset
 * sealed with their key must be kept; else records EndUserErased, destroys the data key (crypto-shredding: events,
 * read models and files stay, unreadable) and deletes the files sealed with it. Repeating it finishes a half-done
 * erasure and changes nothing else.
 */
export async function eraseEndUser(
  deps: IdentityDeps,
  request: EraseEndUserRequest,
  metadata: CommandMetadata,
): Promise<EndUserView> {
  const endUserId = requireId(ID_PREFIX.endUser, request?.endUserId, 'end user');
  const streamId = endUserStreamId(endUserId);
  const loaded = await loadAggregate(deps.store, streamId, endUserDecider);
  if (!loaded.state) throw assetNotFound('end user', endUserId);
  const holds = retentionHolds(await bundlesOfSubject(deps.pool, endUserId), metadata.now);
  const result = await handleCommand(deps.store, {
    streamId,
    decider: endUserDecider,
    command: { type: 'EraseEndUser', data: { endUserId, retentionHolds: holds }, metadata },
    metadata: { accountId: loaded.state.accountId },
  });
  const state = result.state;
  if (!state) throw assetNotFound('end user', endUserId);
  await deps.keys.destroy(endUserId);
  const { rows } = await deps.pool.query<{ storage_key: string }>(
    'SELECT storage_key FROM identity.documents WHERE subject_id = $1 AND storage_key IS NOT NULL',
    [endUserId],
  );
  for (const row of rows) await deps.files.delete(row.storage_key);
  await deps.awaitReadModel(result.events.map((event) => event.eventId));
  const [view] = await endUserViews(deps, [endUserRowOf(state)]);
  return view!;
}
