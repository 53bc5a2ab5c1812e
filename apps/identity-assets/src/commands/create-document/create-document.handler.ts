import { createHash } from 'node:crypto';
import path from 'node:path';
import {
  ID_PREFIX,
  type CreateDocumentRequest,
  type DocumentTypeView,
  type DocumentView,
  type UploadedFileInfo,
} from '@compliance/contracts';
import { handleCommand, ValidationError, type CommandMetadata } from '@compliance/event-sourcing';
import { documentDecider } from '../../domain/document.decider';
import type { StoredFile } from '../../domain/document.events';
import { FileRejectedError, MAX_FILE_BYTES } from '../../domain/file-errors';
import { assetNotFound } from '../../domain/identity.errors';
import { DOCUMENT_MIME_TYPES, sniffMimeType } from '../../files/sniff-file-type';
import type { IdentityDeps } from '../../identity-deps';
import { documentViews } from '../../queries/documents/documents.queries';
import type { DocumentSecret } from '../../sealing/asset-secrets';
import { documentStreamId } from '../../streams/identity.streams';
import {
  fieldProblems,
  optionalText,
  presentValues,
  requireAccountId,
  requireId,
  throwIfProblems,
} from '../shared/checks';
import { dataSubjectOf } from '../shared/data-subject';
import { documentRowOf } from '../shared/state-rows';

export interface UploadedFile extends UploadedFileInfo {
  readonly bytes: Buffer;
}

export async function documentTypeOf(deps: IdentityDeps, type: unknown): Promise<DocumentTypeView> {
  const name = typeof type === 'string' ? type.trim() : '';
  const found = /^[A-Za-z0-9_.-]{1,64}$/.test(name) ? await deps.catalog.documentType(name) : null;
  if (!found) {
    throw new ValidationError(
      [
        {
          field: 'type',
          code: 'VALUE_NOT_ALLOWED',
          message: 'Use a document type of the catalog (GET .../documentTypes).',
        },
      ],
      `'${String(type).slice(0, 64)}' is not a document type.`,
    );
  }
  return found;
}

/** The MIME type the bytes are, if the document type takes it; else 413/415 (name and declared type never count). */
export async function acceptedMimeType(bytes: Buffer, type: DocumentTypeView): Promise<string> {
  if (bytes.length > MAX_FILE_BYTES)
    throw new FileRejectedError('PAYLOAD_TOO_LARGE', 'A document file is at most 10 MiB.');
  if (bytes.length === 0) {
    throw new ValidationError(
      [{ field: 'file', code: 'REQUIRED', message: 'The file part is empty.' }],
      'The file is empty.',
    );
  }
  const mimeType = await sniffMimeType(bytes);
  if (mimeType === null || !(DOCUMENT_MIME_TYPES as readonly string[]).includes(mimeType)) {
    throw new FileRejectedError(
      'UNSUPPORTED_MEDIA_TYPE',
      `The file's content is ${mimeType ?? 'of no recognised type'}, not a PDF, PNG or JPEG (judged by its bytes, not its name).`,
    );
  }
  if (!type.acceptedMimeTypes.includes(mimeType)) {
    throw new FileRejectedError(
      'UNSUPPORTED_MEDIA_TYPE',
      type.acceptedMimeTypes.length === 0
        ? `A ${type.type} document takes no file.`
        : `The file's content is ${mimeType}; a ${type.type} document accepts ${type.acceptedMimeTypes.join(', ')}.`,
    );
  }
  return mimeType;
}

/** Only the last path segment, printable, at most 255 characters: a name to show, never a path. */
export function safeFileName(name: string | null): string | null {
  if (name === null) return null;
  const base = [...path.basename(name.replace(/\\/g, '/'))]
    .filter((char) => char.charCodeAt(0) >= 0x20 && char.charCodeAt(0) !== 0x7f)
    .join('')
    .trim();
  return base === '' ? null : base.slice(0, 255);
}

/**
 * `identity.create-document` (JSON, no file) and the internal upload endpoint (with a file): fields checked against
 * the document type, the file's type judged from its bytes, the file sealed and stored by content address.
 */
export async function createDocument(
  deps: IdentityDeps,
  request: CreateDocumentRequest,
  file: UploadedFile | null,
  metadata: CommandMetadata,
): Promise<DocumentView> {
  const accountId = requireAccountId(request?.accountId);
  const documentId = requireId(ID_PREFIX.document, request.documentId, 'document');
  const type = await documentTypeOf(deps, request.type);
  throwIfProblems(fieldProblems(type.fields, request.fields));
  const mimeType = file ? await acceptedMimeType(file.bytes, type) : null;
  const { subjectId, endUserId } = await dataSubjectOf(deps, accountId, documentId, request.endUserId);

  let stored: StoredFile | null = null;
  if (file && mimeType) {
    const sealedBytes = await deps.sealer.sealFile(subjectId, accountId, documentId, file.bytes);
    stored = { storageKey: await deps.files.put(sealedBytes), mimeType, fileSize: file.bytes.length };
  }
  const secret: DocumentSecret = {
    friendlyName: request.friendlyName.trim(),
    customReference: optionalText(request.customReference),
    fields: presentValues(request.fields),
    fileName: file ? safeFileName(file.fileName) : null,
    sha256: file ? createHash('sha256').update(file.bytes).digest('hex') : null,
  };
  const result = await handleCommand(deps.store, {
    streamId: documentStreamId(documentId),
    decider: documentDecider,
    command: {
      type: 'CreateDocument',
      data: {
        documentId,
        accountId,
        subjectId,
        endUserId,
        documentType: type.type,
        sealed: await deps.sealer.seal(subjectId, accountId, documentId, secret),
        file: stored,
        deleteFileAfterVerification: type.deleteFileAfterVerification,
        copiedFrom: null,
      },
      metadata,
    },
    metadata: { accountId },
  });
  const state = result.state;
  if (!state || state.accountId !== accountId || state.deleted) throw assetNotFound('document', documentId);
  await deps.awaitReadModel(result.events.map((event) => event.eventId));
  const [view] = await documentViews(deps, [documentRowOf(state)]);
  return view!;
}
