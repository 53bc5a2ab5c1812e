import { ID_PREFIX, type IssueApiKeyReply, type IssueApiKeyRequest } from '@compliance/contracts';
import { handleCommand, NotFoundError, toStreamId } from '@compliance/event-sourcing';
import { ACCOUNT_STREAM_CATEGORY, accountDecider } from '../../account/account.decider';
import { assertCommandId, requireString, type CommandDeps, type CommandMetadata } from '../command-context';

export async function issueApiKey(
  { store, keys }: CommandDeps,
  request: IssueApiKeyRequest,
  metadata: CommandMetadata,
): Promise<IssueApiKeyReply> {
  assertCommandId(request.commandId);
  const accountId = requireString(request.accountId, 'accountId');
  const apiKeyId = `${ID_PREFIX.apiKey}${request.commandId}`;
  const { apiKey, keyHash } = keys.keyFor(apiKeyId);

  const { state } = await handleCommand(store, {
    streamId: toStreamId(ACCOUNT_STREAM_CATEGORY, accountId),
    decider: accountDecider,
    command: {
      type: 'IssueApiKey',
      data: { accountId, commandId: request.commandId, apiKey: { apiKeyId, keyHash } },
      metadata: { ...metadata, accountId },
    },
  });
  if (state.status !== 'ACTIVE') throw new NotFoundError('account', accountId);
  const issued = state.keys.find((key) => key.commandId === request.commandId);
  if (issued?.keyHash !== keyHash)
    throw new Error(`key ${apiKeyId} cannot be repeated (API key secret rotated?)`);
  return { apiKeyId: issued.apiKeyId, apiKey };
}
