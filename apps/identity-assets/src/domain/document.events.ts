import type { Sealed } from './end-user.events';

/** Where the sealed bytes of a document's file are kept; the name and SHA-256 of the file are in `sealed`. */
export interface StoredFile {
  /** Content address of the encrypted blob in the file store. */
  readonly storageKey: string;
  /** Judged from the bytes. */
  readonly mimeType: string;
  readonly fileSize: number;
}

export interface DocumentCreated {
  readonly type: 'DocumentCreated';
  readonly data: {
    readonly documentId: string;
    readonly accountId: string;
    readonly subjectId: string;
    readonly endUserId: string | null;
    /** Document type of the catalog, e.g. `passport`. */
    readonly documentType: string;
    /** friendlyName, customReference, fields, and the file's name and SHA-256, sealed. */
    readonly sealed: Sealed;
    readonly file: StoredFile | null;
    /** The type says the file goes once a bundle holding the document is approved. */
    readonly deleteFileAfterVerification: boolean;
    readonly copiedFrom: string | null;
    readonly occurredAt: string;
  };
}

export interface DocumentUpdated {
  readonly type: 'DocumentUpdated';
  readonly data: {
    readonly documentId: string;
    readonly accountId: string;
    readonly sealed: Sealed;
    readonly occurredAt: string;
  };
}

/** The file is deleted for good (its type's retention rule after an approval). */
export interface DocumentFileDeleted {
  readonly type: 'DocumentFileDeleted';
  readonly data: {
    readonly documentId: string;
    readonly accountId: string;
    readonly storageKey: string;
    readonly reason: 'VERIFIED';
    readonly bundleId: string;
    readonly occurredAt: string;
  };
}

export interface DocumentDeleted {
  readonly type: 'DocumentDeleted';
  readonly data: { readonly documentId: string; readonly accountId: string; readonly occurredAt: string };
}

export type DocumentEvent = DocumentCreated | DocumentUpdated | DocumentFileDeleted | DocumentDeleted;
