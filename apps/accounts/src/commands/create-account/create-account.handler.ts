import { ID_PREFIX, type CreateAccountReply, type CreateAccountRequest } from '@compliance/contracts';
import { handleCommand, toStreamId } from '@compliance/event-sourcing';
import { newWebhookSigningSecret } from '../../account/webhook-signing-secret';
import { ACCOUNT_STREAM_CATEGORY, accountDecider } from '../../account/account.decider';
import {
  assertCommandId,
  requireKeyHash,
  requireString,
  type CommandDeps,
  type CommandMetadata,
} from '../command-context';

/**
 * Ids come from the command id, so a redelivered command lands on the same stream, appends nothing, and answers
 * exactly what the first delivery answered.
 */
export async function createAccount(
  { store }: CommandDeps,
  request: CreateAccountRequest,
  metadata: CommandMetadata,
): Promise<CreateAccountReply> {
  assertCommandId(request.commandId);
  const name = requireString(request.name, 'name');
  const accountId = `${ID_PREFIX.account}${request.commandId}`;
  const apiKeyId = `${ID_PREFIX.apiKey}${request.commandId}`;
  const keyHash = requireKeyHash(request.keyHash);

  const { state } = await handleCommand(store, {
    streamId: toStreamId(ACCOUNT_STREAM_CATEGORY, accountId),
    decider: accountDecider,
    command: {
      type: 'CreateAccount',
      data: {
        accountId,
        name,
        commandId: request.commandId,
        webhookSigningSecret: newWebhookSigningSecret(),
        apiKey: { apiKeyId, keyHash },
      },
      metadata: { ...metadata, accountId },
    },
  });
  if (state.status !== 'ACTIVE') throw new Error(`account ${accountId} was not created`);
  const firstKey = state.keys.find((key) => key.apiKeyId === apiKeyId);
  if (firstKey?.keyHash !== keyHash)
    throw new Error(`command ${request.commandId} was first sent with another key hash`);
  return {
    accountId,
    name: state.name,
    apiKeyId,
    webhookSigningSecret: state.webhookSigningSecret,
    createdAt: state.createdAt,
  };
}
