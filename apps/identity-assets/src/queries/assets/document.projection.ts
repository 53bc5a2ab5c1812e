import type { Projection } from '@compliance/event-sourcing';
import type { DocumentEvent } from '../../domain/document.events';
import type { DocumentRow } from './asset-rows';

/** `identity.documents`: sealed content, file facts (size, MIME type, whether the bytes still exist). */
export const documentProjection: Projection<DocumentRow, DocumentEvent> = {
  handles: ['DocumentCreated', 'DocumentUpdated', 'DocumentFileDeleted', 'DocumentDeleted'],
  evolve(row, event) {
    switch (event.type) {
      case 'DocumentCreated': {
        const d = event.data;
        return (
          row ?? {
            documentId: d.documentId,
            accountId: d.accountId,
            subjectId: d.subjectId,
            endUserId: d.endUserId,
            documentType: d.documentType,
            sealed: d.sealed,
            storageKey: d.file?.storageKey ?? null,
            mimeType: d.file?.mimeType ?? null,
            fileSize: d.file?.fileSize ?? null,
            fileContentExists: d.file !== null,
            deleteFileAfterVerification: d.deleteFileAfterVerification,
            erased: false,
            copiedFrom: d.copiedFrom,
            createdAt: d.occurredAt,
            updatedAt: d.occurredAt,
          }
        );
      }
      case 'DocumentUpdated':
        if (!row || row.erased) return row;
        return { ...row, sealed: event.data.sealed, updatedAt: event.data.occurredAt };
      case 'DocumentFileDeleted':
        return row && { ...row, fileContentExists: false, updatedAt: event.data.occurredAt };
      case 'DocumentDeleted':
        return null;
      default: {
        const _exhaustive: never = event;
        return row;
      }
    }
  },
};
