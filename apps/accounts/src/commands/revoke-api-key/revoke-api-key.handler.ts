import type { RevokeApiKeyReply, RevokeApiKeyRequest } from '@compliance/contracts';
import { handleCommand, NotFoundError, toStreamId } from '@compliance/event-sourcing';
import { ACCOUNT_STREAM_CATEGORY, accountDecider } from '../../account/account.decider';
import { requireString, type CommandDeps, type CommandMetadata } from '../command-context';

/** Revoking twice answers the first revocation again: the key is already dead, nothing is appended. */
export async function revokeApiKey(
  { store }: Pick<CommandDeps, 'store'>,
  request: RevokeApiKeyRequest,
  metadata: CommandMetadata,
): Promise<RevokeApiKeyReply> {
  const accountId = requireString(request.accountId, 'accountId');
  const apiKeyId = requireString(request.apiKeyId, 'apiKeyId');
  const { state } = await handleCommand(store, {
    streamId: toStreamId(ACCOUNT_STREAM_CATEGORY, accountId),
    decider: accountDecider,
    command: { type: 'RevokeApiKey', data: { accountId, apiKeyId }, metadata: { ...metadata, accountId } },
  });
  const revokedAt =
    state.status === 'ACTIVE' ? state.keys.find((key) => key.apiKeyId === apiKeyId)?.revokedAt : null;
  if (!revokedAt) throw new NotFoundError('apiKey', apiKeyId);
  return { apiKeyId, revokedAt };
}
