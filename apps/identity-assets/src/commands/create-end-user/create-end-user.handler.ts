import { ID_PREFIX, type CreateEndUserRequest, type EndUserView } from '@compliance/contracts';
import { handleCommand, type CommandMetadata } from '@compliance/event-sourcing';
import { endUserDecider } from '../../domain/end-user.decider';
import { assetNotFound } from '../../domain/identity.errors';
import type { IdentityDeps } from '../../identity-deps';
import { endUserViews } from '../../queries/end-users/end-users.queries';
import type { EndUserSecret } from '../../sealing/asset-secrets';
import { endUserStreamId } from '../../streams/identity.streams';
import {
  fieldProblems,
  optionalText,
  presentValues,
  requireAccountId,
  requireId,
  throwIfProblems,
} from '../shared/checks';
import { endUserTypeOf } from '../shared/end-user-type';
import { endUserRowOf } from '../shared/state-rows';

/** `identity.create-end-user`: fields checked against the catalog type, sealed with the end user's new data key. */
export async function createEndUser(
  deps: IdentityDeps,
  request: CreateEndUserRequest,
  metadata: CommandMetadata,
): Promise<EndUserView> {
  const accountId = requireAccountId(request?.accountId);
  const endUserId = requireId(ID_PREFIX.endUser, request.endUserId, 'end user');
  const type = await endUserTypeOf(deps.catalog, request.type);
  throwIfProblems(fieldProblems(type.fields, request.fields));
  const secret: EndUserSecret = {
    friendlyName: request.friendlyName.trim(),
    customReference: optionalText(request.customReference),
    fields: presentValues(request.fields),
  };
  const sealed = await deps.sealer.seal(endUserId, accountId, endUserId, secret);
  const result = await handleCommand(deps.store, {
    streamId: endUserStreamId(endUserId),
    decider: endUserDecider,
    command: {
      type: 'CreateEndUser',
      data: { endUserId, accountId, endUserType: type.type, sealed, copiedFrom: null },
      metadata,
    },
    metadata: { accountId },
  });
  const state = result.state;
  if (!state || state.accountId !== accountId || state.deleted) throw assetNotFound('end user', endUserId);
  await deps.awaitReadModel(result.events.map((event) => event.eventId));
  const [view] = await endUserViews(deps, [endUserRowOf(state)]);
  return view!;
}
