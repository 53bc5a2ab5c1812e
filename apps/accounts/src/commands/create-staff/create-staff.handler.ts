import { ID_PREFIX, type CreateStaffReply, type CreateStaffRequest } from '@compliance/contracts';
import { handleCommand, toStreamId } from '@compliance/event-sourcing';
import { STAFF_STREAM_CATEGORY, staffDecider } from '../../staff/staff.decider';
import {
  assertCommandId,
  requireKeyHash,
  requireString,
  type CommandDeps,
  type CommandMetadata,
} from '../command-context';

export async function createStaff(
  { store }: CommandDeps,
  request: CreateStaffRequest,
  metadata: CommandMetadata,
): Promise<CreateStaffReply> {
  assertCommandId(request.commandId);
  const name = requireString(request.name, 'name');
  const staffId = `${ID_PREFIX.staff}${request.commandId}`;
  const apiKeyId = `${ID_PREFIX.apiKey}${request.commandId}`;
  const keyHash = requireKeyHash(request.keyHash);

  const { state } = await handleCommand(store, {
    streamId: toStreamId(STAFF_STREAM_CATEGORY, staffId),
    decider: staffDecider,
    command: {
      type: 'CreateStaff',
      data: {
        staffId,
        name,
        role: request.role,
        commandId: request.commandId,
        apiKey: { apiKeyId, keyHash },
      },
      metadata: { ...metadata, accountId: null },
    },
  });
  if (state.status !== 'ACTIVE') throw new Error(`staff ${staffId} was not created`);
  return { staffId, name: state.name, role: state.role, apiKeyId, createdAt: state.createdAt };
}
