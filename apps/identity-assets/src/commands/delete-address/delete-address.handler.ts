import { ID_PREFIX, type AssetIdRequest } from '@compliance/contracts';
import { handleCommand, type CommandMetadata } from '@compliance/event-sourcing';
import { addressDecider } from '../../domain/address.decider';
import type { IdentityDeps } from '../../identity-deps';
import { assetStatus } from '../../queries/bundle-view/bundle-view.repository';
import { addressStreamId } from '../../streams/identity.streams';
import { requireAccountId, requireId } from '../shared/checks';

/** `identity.delete-address` (DELETE → 204). */
export async function deleteAddress(
  deps: IdentityDeps,
  request: AssetIdRequest,
  metadata: CommandMetadata,
): Promise<{ deleted: true }> {
  const accountId = requireAccountId(request?.accountId);
  const addressId = requireId(ID_PREFIX.address, request.assetId, 'address');
  const { lockedBy } = await assetStatus(deps.pool, addressId);
  const result = await handleCommand(deps.store, {
    streamId: addressStreamId(addressId),
    decider: addressDecider,
    command: { type: 'DeleteAddress', data: { addressId, accountId, lockedBy }, metadata },
    metadata: { accountId },
  });
  await deps.awaitReadModel(result.events.map((event) => event.eventId));
  return { deleted: true };
}
