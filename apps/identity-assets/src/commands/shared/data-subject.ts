import { ID_PREFIX, isId } from '@compliance/contracts';
import { loadAggregate, ValidationError } from '@compliance/event-sourcing';
import { endUserDecider } from '../../domain/end-user.decider';
import type { IdentityDeps } from '../../identity-deps';
import { endUserStreamId } from '../../streams/identity.streams';

/**
 * Whose data key seals a new address or document (ADR 0007): the linked end user's (it must be a live, not erased,
 * end user of the same account), or the asset's own.
 */
export async function dataSubjectOf(
  deps: IdentityDeps,
  accountId: string,
  assetId: string,
  endUserId: string | null | undefined,
): Promise<{ subjectId: string; endUserId: string | null }> {
  if (endUserId === undefined || endUserId === null) return { subjectId: assetId, endUserId: null };
  const problem = (message: string) =>
    new ValidationError([{ field: 'endUserId', code: 'NOT_FOUND', message }], message);
  if (!isId(ID_PREFIX.endUser, endUserId)) throw problem('endUserId must be an end-user id of this account.');
  const { state } = await loadAggregate(deps.store, endUserStreamId(endUserId), endUserDecider);
  if (!state || state.deleted || state.accountId !== accountId) {
    throw problem(`End user ${endUserId} does not exist in this account.`);
  }
  if (state.erased) throw problem(`End user ${endUserId} has been erased; link a current end user.`);
  return { subjectId: endUserId, endUserId };
}
