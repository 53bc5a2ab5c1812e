import { ID_PREFIX, type DocumentView, type UpdateDocumentRequest } from '@compliance/contracts';
import { handleCommand, loadAggregate, type CommandMetadata } from '@compliance/event-sourcing';
import { documentDecider } from '../../domain/document.decider';
import { assetNotFound, erasedEndUser } from '../../domain/identity.errors';
import type { IdentityDeps } from '../../identity-deps';
import { assetStatus } from '../../queries/bundle-view/bundle-view.repository';
import { documentViews } from '../../queries/documents/documents.queries';
import type { DocumentSecret } from '../../sealing/asset-secrets';
import { documentStreamId } from '../../streams/identity.streams';
import { documentTypeOf } from '../create-document/create-document.handler';
import {
  fieldProblems,
  optionalText,
  presentValues,
  requireAccountId,
  requireId,
  retryOnStale,
  throwIfProblems,
} from '../shared/checks';
import { documentRowOf } from '../shared/state-rows';
import { mergeFields } from '../update-end-user/update-end-user.handler';

/** `identity.update-document` (PATCH, JSON): friendly name, reference and fields; the file cannot be replaced. */
export async function updateDocument(
  deps: IdentityDeps,
  request: UpdateDocumentRequest,
  metadata: CommandMetadata,
): Promise<DocumentView> {
  const accountId = requireAccountId(request?.accountId);
  const documentId = requireId(ID_PREFIX.document, request.documentId, 'document');
  const streamId = documentStreamId(documentId);
  return retryOnStale(async () => {
    const { state } = await loadAggregate(deps.store, streamId, documentDecider);
    if (!state || state.deleted || state.accountId !== accountId) throw assetNotFound('document', documentId);
    const { lockedBy } = await assetStatus(deps.pool, documentId);
    const key = await deps.keys.existingKey(state.subjectId);
    if (!key) throw erasedEndUser(state.subjectId);
    const current = deps.sealer.open<DocumentSecret>(key, state.sealed, documentId);
    const type = await documentTypeOf(deps, state.documentType);
    const fields = mergeFields(current.fields, request.fields);
    throwIfProblems(fieldProblems(type.fields, fields));
    const secret: DocumentSecret = {
      ...current,
      friendlyName: request.friendlyName?.trim() ?? current.friendlyName,
      customReference:
        request.customReference === undefined
          ? current.customReference
          : optionalText(request.customReference),
      fields: presentValues(fields),
    };
    const result = await handleCommand(deps.store, {
      streamId,
      decider: documentDecider,
      command: {
        type: 'UpdateDocument',
        data: {
          documentId,
          accountId,
          sealed: await deps.sealer.seal(state.subjectId, accountId, documentId, secret),
          basedOnVersion: state.version,
          lockedBy,
        },
        metadata,
      },
      metadata: { accountId },
    });
    await deps.awaitReadModel(result.events.map((event) => event.eventId));
    const [view] = await documentViews(deps, [documentRowOf(result.state!)]);
    return view!;
  });
}
