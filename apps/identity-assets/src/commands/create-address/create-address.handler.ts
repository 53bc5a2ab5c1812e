import { ID_PREFIX, type AddressView, type CreateAddressRequest } from '@compliance/contracts';
import { handleCommand, type CommandMetadata } from '@compliance/event-sourcing';
import { addressDecider } from '../../domain/address.decider';
import { assetNotFound } from '../../domain/identity.errors';
import type { IdentityDeps } from '../../identity-deps';
import { addressViews } from '../../queries/addresses/addresses.queries';
import { addressStreamId } from '../../streams/identity.streams';
import { checkedAddress } from '../shared/address-checks';
import { requireAccountId, requireId } from '../shared/checks';
import { dataSubjectOf } from '../shared/data-subject';
import { addressRowOf } from '../shared/state-rows';

/** `identity.create-address`: postal code checked against the country, every line sealed. */
export async function createAddress(
  deps: IdentityDeps,
  request: CreateAddressRequest,
  metadata: CommandMetadata,
): Promise<AddressView> {
  const accountId = requireAccountId(request?.accountId);
  const addressId = requireId(ID_PREFIX.address, request.addressId, 'address');
  const secret = checkedAddress(request);
  const { subjectId, endUserId } = await dataSubjectOf(deps, accountId, addressId, request.endUserId);
  const sealed = await deps.sealer.seal(subjectId, accountId, addressId, secret);
  const result = await handleCommand(deps.store, {
    streamId: addressStreamId(addressId),
    decider: addressDecider,
    command: {
      type: 'CreateAddress',
      data: { addressId, accountId, subjectId, endUserId, sealed, copiedFrom: null },
      metadata,
    },
    metadata: { accountId },
  });
  const state = result.state;
  if (!state || state.accountId !== accountId || state.deleted) throw assetNotFound('address', addressId);
  await deps.awaitReadModel(result.events.map((event) => event.eventId));
  const [view] = await addressViews(deps, [addressRowOf(state)]);
  return view!;
}
