import { ID_PREFIX, type EndUserView, type UpdateEndUserRequest } from '@compliance/contracts';
import { handleCommand, loadAggregate, type CommandMetadata } from '@compliance/event-sourcing';
import { endUserDecider } from '../../domain/end-user.decider';
import { assetNotFound, erasedEndUser } from '../../domain/identity.errors';
import type { IdentityDeps } from '../../identity-deps';
import { assetStatus } from '../../queries/bundle-view/bundle-view.repository';
import { endUserViews } from '../../queries/end-users/end-users.queries';
import type { EndUserSecret } from '../../sealing/asset-secrets';
import { endUserStreamId } from '../../streams/identity.streams';
import {
  fieldProblems,
  optionalText,
  presentValues,
  requireAccountId,
  requireId,
  retryOnStale,
  throwIfProblems,
} from '../shared/checks';
import { endUserTypeOf } from '../shared/end-user-type';
import { endUserRowOf } from '../shared/state-rows';

/** Merges given fields into the current ones (null removes one); the whole result is checked against the type. */
export function mergeFields(
  current: Readonly<Record<string, string>>,
  patch: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  for (const [name, value] of Object.entries(patch ?? {})) {
    if (value === null) delete merged[name];
    else merged[name] = value;
  }
  return merged;
}

/** `identity.update-end-user` (PATCH): 409 ASSET_LOCKED while a bundle under review or approved holds it. */
export async function updateEndUser(
  deps: IdentityDeps,
  request: UpdateEndUserRequest,
  metadata: CommandMetadata,
): Promise<EndUserView> {
  const accountId = requireAccountId(request?.accountId);
  const endUserId = requireId(ID_PREFIX.endUser, request.endUserId, 'end user');
  const streamId = endUserStreamId(endUserId);
  return retryOnStale(async () => {
    const { state } = await loadAggregate(deps.store, streamId, endUserDecider);
    if (!state || state.deleted || state.accountId !== accountId) throw assetNotFound('end user', endUserId);
    const { lockedBy } = await assetStatus(deps.pool, endUserId);
    const key = await deps.keys.existingKey(endUserId);
    if (state.erased || !key) throw erasedEndUser(endUserId);
    const current = deps.sealer.open<EndUserSecret>(key, state.sealed, endUserId);
    const type = await endUserTypeOf(deps.catalog, state.endUserType);
    const fields = mergeFields(current.fields, request.fields);
    throwIfProblems(fieldProblems(type.fields, fields));
    const secret: EndUserSecret = {
      friendlyName: request.friendlyName?.trim() ?? current.friendlyName,
      customReference:
        request.customReference === undefined
          ? current.customReference
          : optionalText(request.customReference),
      fields: presentValues(fields),
    };
    const result = await handleCommand(deps.store, {
      streamId,
      decider: endUserDecider,
      command: {
        type: 'UpdateEndUser',
        data: {
          endUserId,
          accountId,
          sealed: await deps.sealer.seal(endUserId, accountId, endUserId, secret),
          basedOnVersion: state.version,
          lockedBy,
        },
        metadata,
      },
      metadata: { accountId },
    });
    await deps.awaitReadModel(result.events.map((event) => event.eventId));
    const [view] = await endUserViews(deps, [endUserRowOf(result.state!)]);
    return view!;
  });
}
