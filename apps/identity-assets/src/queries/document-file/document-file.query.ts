import { DomainError } from '@compliance/event-sourcing';
import type { IdentityDeps } from '../../identity-deps';
import type { DocumentSecret } from '../../sealing/asset-secrets';
import { findDocumentRow } from '../documents/documents.queries';

export interface DocumentFile {
  bytes: Buffer;
  mimeType: string;
  fileName: string | null;
  sha256: string | null;
}

function noFile(documentId: string, why: string): DomainError {
  return new DomainError('NOT_FOUND', `document ${documentId} ${why}`, { id: documentId });
}

/** The decrypted file of a document of the account: 404 when there is none, it was deleted, or it was erased. */
export async function readDocumentFile(
  deps: IdentityDeps,
  request: { accountId: string; assetId: string },
): Promise<DocumentFile> {
  const row = await findDocumentRow(deps, request);
  if (!row.storageKey || !row.mimeType || !row.fileContentExists) {
    throw noFile(
      row.documentId,
      row.storageKey ? 'has no file any more (deleted after verification)' : 'has no file',
    );
  }
  const key = await deps.keys.existingKey(row.subjectId);
  if (!key || row.sealed === null) throw noFile(row.documentId, 'has been erased');
  const sealed = await deps.files.get(row.storageKey);
  if (!sealed) throw noFile(row.documentId, 'has no file any more');
  const secret = deps.sealer.open<DocumentSecret>(key, row.sealed, row.documentId);
  return {
    bytes: deps.sealer.openFile(key, sealed, row.documentId),
    mimeType: row.mimeType,
    fileName: secret.fileName,
    sha256: secret.sha256,
  };
}
