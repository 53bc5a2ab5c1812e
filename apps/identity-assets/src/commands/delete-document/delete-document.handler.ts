import { ID_PREFIX, type AssetIdRequest } from '@compliance/contracts';
import { handleCommand, type CommandMetadata } from '@compliance/event-sourcing';
import { documentDecider } from '../../domain/document.decider';
import type { IdentityDeps } from '../../identity-deps';
import { assetStatus } from '../../queries/bundle-view/bundle-view.repository';
import { documentStreamId } from '../../streams/identity.streams';
import { requireAccountId, requireId } from '../shared/checks';

/** `identity.delete-document` (DELETE → 204): the sealed file goes too (copies have blobs of their own). */
export async function deleteDocument(
  deps: IdentityDeps,
  request: AssetIdRequest,
  metadata: CommandMetadata,
): Promise<{ deleted: true }> {
  const accountId = requireAccountId(request?.accountId);
  const documentId = requireId(ID_PREFIX.document, request.assetId, 'document');
  const { lockedBy } = await assetStatus(deps.pool, documentId);
  const result = await handleCommand(deps.store, {
    streamId: documentStreamId(documentId),
    decider: documentDecider,
    command: { type: 'DeleteDocument', data: { documentId, accountId, lockedBy }, metadata },
    metadata: { accountId },
  });
  const storageKey = result.state?.file?.storageKey;
  if (storageKey) await deps.files.delete(storageKey);
  await deps.awaitReadModel(result.events.map((event) => event.eventId));
  return { deleted: true };
}
