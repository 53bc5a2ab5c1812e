import { ID_PREFIX, type IssueApiKeyReply, type IssueApiKeyRequest } from '@compliance/contracts';
import { handleCommand, NotFoundError, toStreamId } from '@compliance/event-sourcing';
import { ACCOUNT_STREAM_CATEGORY, accountDecider } from '../../account/account.decider';
import {
  assertCommandId,
  requireKeyHash,
  requireString,
  type CommandDeps,
  type CommandMetadata,
} from '../command-context';

export async function issueApiKey(
  { store }: CommandDeps,
  request: IssueApiKeyRequest,
  metadata: CommandMetadata,
): Promise<IssueApiKeyReply> {
  assertCommandId(request.commandId);
  const accountId = requireString(request.accountId, 'accountId');
  const apiKeyId = `${ID_PREFIX.apiKey}${request.commandId}`;
  const keyHash = requireKeyHash(request.keyHash);

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
    throw new Error(`command ${request.commandId} was first sent with another key hash`);
  return { apiKeyId: issued.apiKeyId };
}
