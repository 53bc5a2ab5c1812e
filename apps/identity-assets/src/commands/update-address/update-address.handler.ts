import { ID_PREFIX, type AddressView, type UpdateAddressRequest } from '@compliance/contracts';
import { handleCommand, loadAggregate, type CommandMetadata } from '@compliance/event-sourcing';
import { addressDecider } from '../../domain/address.decider';
import { assetNotFound, erasedEndUser } from '../../domain/identity.errors';
import type { IdentityDeps } from '../../identity-deps';
import { addressViews } from '../../queries/addresses/addresses.queries';
import { assetStatus } from '../../queries/bundle-view/bundle-view.repository';
import type { AddressSecret } from '../../sealing/asset-secrets';
import { addressStreamId } from '../../streams/identity.streams';
import { checkedAddress } from '../shared/address-checks';
import { requireAccountId, requireId, retryOnStale } from '../shared/checks';
import { addressRowOf } from '../shared/state-rows';

/** `identity.update-address` (PATCH): given lines replace the current ones; the result is checked as a whole. */
export async function updateAddress(
  deps: IdentityDeps,
  request: UpdateAddressRequest,
  metadata: CommandMetadata,
): Promise<AddressView> {
  const accountId = requireAccountId(request?.accountId);
  const addressId = requireId(ID_PREFIX.address, request.addressId, 'address');
  const streamId = addressStreamId(addressId);
  return retryOnStale(async () => {
    const { state } = await loadAggregate(deps.store, streamId, addressDecider);
    if (!state || state.deleted || state.accountId !== accountId) throw assetNotFound('address', addressId);
    const { lockedBy } = await assetStatus(deps.pool, addressId);
    const key = await deps.keys.existingKey(state.subjectId);
    if (!key) throw erasedEndUser(state.subjectId);
    const current = deps.sealer.open<AddressSecret>(key, state.sealed, addressId);
    const given = (name: keyof AddressSecret) =>
      request[name] === undefined ? current[name] : request[name];
    const secret = checkedAddress({
      customerName: given('customerName') ?? '',
      street: given('street') ?? '',
      streetSecondary: given('streetSecondary'),
      city: given('city') ?? '',
      region: given('region'),
      postalCode: given('postalCode') ?? '',
      country: given('country') ?? '',
      customReference: given('customReference'),
    });
    const result = await handleCommand(deps.store, {
      streamId,
      decider: addressDecider,
      command: {
        type: 'UpdateAddress',
        data: {
          addressId,
          accountId,
          sealed: await deps.sealer.seal(state.subjectId, accountId, addressId, secret),
          basedOnVersion: state.version,
          lockedBy,
        },
        metadata,
      },
      metadata: { accountId },
    });
    await deps.awaitReadModel(result.events.map((event) => event.eventId));
    const [view] = await addressViews(deps, [addressRowOf(result.state!)]);
    return view!;
  });
}
