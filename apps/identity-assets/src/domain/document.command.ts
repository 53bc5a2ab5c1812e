import type { CommandMetadata } from '@compliance/event-sourcing';
import type { Sealed } from './end-user.events';
import type { StoredFile } from './document.events';

export interface CreateDocument {
  readonly type: 'CreateDocument';
  readonly data: {
    readonly documentId: string;
    readonly accountId: string;
    readonly subjectId: string;
    readonly endUserId: string | null;
    readonly documentType: string;
    readonly sealed: Sealed;
    readonly file: StoredFile | null;
    readonly deleteFileAfterVerification: boolean;
    readonly copiedFrom: string | null;
  };
  readonly metadata: CommandMetadata;
}

export interface UpdateDocument {
  readonly type: 'UpdateDocument';
  readonly data: {
    readonly documentId: string;
    readonly accountId: string;
    readonly sealed: Sealed;
    readonly basedOnVersion: number;
    readonly lockedBy: readonly string[];
  };
  readonly metadata: CommandMetadata;
}

export interface DeleteDocument {
  readonly type: 'DeleteDocument';
  readonly data: {
    readonly documentId: string;
    readonly accountId: string;
    readonly lockedBy: readonly string[];
  };
  readonly metadata: CommandMetadata;
}

/** A bundle holding the document was approved: the file goes if the document's type says so. */
export interface ApplyVerifiedRetention {
  readonly type: 'ApplyVerifiedRetention';
  readonly data: { readonly documentId: string; readonly accountId: string; readonly bundleId: string };
  readonly metadata: CommandMetadata;
}

export type DocumentCommand = CreateDocument | UpdateDocument | DeleteDocument | ApplyVerifiedRetention;
