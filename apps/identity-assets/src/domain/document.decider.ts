import type { Decider } from '@compliance/event-sourcing';
import type { DocumentCommand } from './document.command';
import type { DocumentEvent, StoredFile } from './document.events';
import type { Sealed } from './end-user.events';
import { assetLocked, assetNotFound, staleVersion } from './identity.errors';

export type DocumentState = {
  readonly documentId: string;
  readonly accountId: string;
  readonly subjectId: string;
  readonly endUserId: string | null;
  readonly documentType: string;
  readonly sealed: Sealed;
  readonly file: StoredFile | null;
  readonly fileDeleted: boolean;
  readonly deleteFileAfterVerification: boolean;
  readonly copiedFrom: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
  readonly deleted: boolean;
} | null;

function live(state: DocumentState, accountId: string, documentId: string): NonNullable<DocumentState> {
  if (!state || state.deleted || state.accountId !== accountId) throw assetNotFound('document', documentId);
  return state;
}

export const documentDecider: Decider<DocumentCommand, DocumentEvent, DocumentState> = {
  initialState: null,

  evolve(state, event) {
    switch (event.type) {
      case 'DocumentCreated': {
        const { occurredAt, ...data } = event.data;
        return {
          ...data,
          fileDeleted: false,
          createdAt: occurredAt,
          updatedAt: occurredAt,
          version: 1,
          deleted: false,
        };
      }
      case 'DocumentUpdated':
        return (
          state && {
            ...state,
            sealed: event.data.sealed,
            updatedAt: event.data.occurredAt,
            version: state.version + 1,
          }
        );
      case 'DocumentFileDeleted':
        return (
          state && {
            ...state,
            fileDeleted: true,
            updatedAt: event.data.occurredAt,
            version: state.version + 1,
          }
        );
      case 'DocumentDeleted':
        return (
          state && { ...state, deleted: true, updatedAt: event.data.occurredAt, version: state.version + 1 }
        );
      default: {
        const _exhaustive: never = event;
        return state;
      }
    }
  },

  decide(command, state) {
    const now = command.metadata.now.toISOString();
    switch (command.type) {
      case 'CreateDocument': {
        if (state) return [];
        return [{ type: 'DocumentCreated', data: { ...command.data, occurredAt: now } }];
      }
      case 'UpdateDocument': {
        const { documentId, accountId, sealed, basedOnVersion, lockedBy } = command.data;
        const current = live(state, accountId, documentId);
        if (lockedBy.length > 0) throw assetLocked('document', documentId, lockedBy);
        if (current.version !== basedOnVersion) throw staleVersion('document', documentId);
        return [{ type: 'DocumentUpdated', data: { documentId, accountId, sealed, occurredAt: now } }];
      }
      case 'DeleteDocument': {
        const { documentId, accountId, lockedBy } = command.data;
        live(state, accountId, documentId);
        if (lockedBy.length > 0) throw assetLocked('document', documentId, lockedBy);
        return [{ type: 'DocumentDeleted', data: { documentId, accountId, occurredAt: now } }];
      }
      case 'ApplyVerifiedRetention': {
        const { documentId, accountId, bundleId } = command.data;
        if (!state || state.accountId !== accountId) return [];
        if (!state.file || state.fileDeleted || !state.deleteFileAfterVerification) return [];
        return [
          {
            type: 'DocumentFileDeleted',
            data: {
              documentId,
              accountId,
              storageKey: state.file.storageKey,
              reason: 'VERIFIED',
              bundleId,
              occurredAt: now,
            },
          },
        ];
      }
      default: {
        const _exhaustive: never = command;
        return [];
      }
    }
  },
};
