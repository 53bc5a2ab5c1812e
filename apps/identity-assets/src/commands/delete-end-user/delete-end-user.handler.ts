import { ID_PREFIX, type AssetIdRequest } from '@compliance/contracts';
import { handleCommand, type CommandMetadata } from '@compliance/event-sourcing';
import { endUserDecider } from '../../domain/end-user.decider';
import type { IdentityDeps } from '../../identity-deps';
import { assetStatus } from '../../queries/bundle-view/bundle-view.repository';
import { endUserStreamId } from '../../streams/identity.streams';
import { requireAccountId, requireId } from '../shared/checks';

/** `identity.delete-end-user` (DELETE → 204). Assets sealed with its key stay readable: only erasure destroys it. */
export async function deleteEndUser(
  deps: IdentityDeps,
  request: AssetIdRequest,
  metadata: CommandMetadata,
): Promise<{ deleted: true }> {
  const accountId = requireAccountId(request?.accountId);
  const endUserId = requireId(ID_PREFIX.endUser, request.assetId, 'end user');
  const { lockedBy } = await assetStatus(deps.pool, endUserId);
  const result = await handleCommand(deps.store, {
    streamId: endUserStreamId(endUserId),
    decider: endUserDecider,
    command: { type: 'DeleteEndUser', data: { endUserId, accountId, lockedBy }, metadata },
    metadata: { accountId },
  });
  await deps.awaitReadModel(result.events.map((event) => event.eventId));
  return { deleted: true };
}
