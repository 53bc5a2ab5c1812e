import type { CommandMetadata } from '@compliance/event-sourcing';
import { DeciderSpec } from '@compliance/event-sourcing/testing';
import { documentDecider } from '../src/domain/document.decider';
import type { DocumentEvent } from '../src/domain/document.events';

const now = new Date('2026-11-22T10:00:00.000Z');
const metadata: CommandMetadata = {
  now,
  actor: 'identity-assets',
  accountId: 'acc_A',
  correlationId: 'c',
  causationId: null,
};
const created = (deleteFileAfterVerification: boolean, withFile = true): DocumentEvent => ({
  type: 'DocumentCreated',
  data: {
    documentId: 'doc_1',
    accountId: 'acc_A',
    subjectId: 'eu_1',
    endUserId: 'eu_1',
    documentType: 'germanIdentityCard',
    sealed: 'v1.x',
    file: withFile ? { storageKey: 'k'.repeat(64), mimeType: 'image/png', fileSize: 10 } : null,
    deleteFileAfterVerification,
    copiedFrom: null,
    occurredAt: '2026-11-01T00:00:00.000Z',
  },
});
const retention = (accountId = 'acc_A') => ({
  type: 'ApplyVerifiedRetention' as const,
  data: { documentId: 'doc_1', accountId, bundleId: 'bun_1' },
  metadata,
});
const fileDeleted: DocumentEvent = {
  type: 'DocumentFileDeleted',
  data: {
    documentId: 'doc_1',
    accountId: 'acc_A',
    storageKey: 'k'.repeat(64),
    reason: 'VERIFIED',
    bundleId: 'bun_1',
    occurredAt: now.toISOString(),
  },
};

describe('document decider: retention after verification', () => {
  const spec = () => DeciderSpec.for(documentDecider);

  it('deletes the file once when the type says so', () => {
    spec()
      .given([created(true)])
      .when(retention())
      .then([fileDeleted]);
    spec()
      .given([created(true), fileDeleted])
      .when(retention())
      .thenNothing();
  });

  it('keeps the file when the type does not say so, when there is none, or for another account', () => {
    spec()
      .given([created(false)])
      .when(retention())
      .thenNothing();
    spec()
      .given([created(true, false)])
      .when(retention())
      .thenNothing();
    spec()
      .given([created(true)])
      .when(retention('acc_B'))
      .thenNothing();
    spec().when(retention()).thenNothing();
  });

  it('refuses changes while locked and hides other accounts', () => {
    const update = (accountId: string, lockedBy: string[]) => ({
      type: 'UpdateDocument' as const,
      data: { documentId: 'doc_1', accountId, sealed: 'v1.y', basedOnVersion: 1, lockedBy },
      metadata,
    });
    spec()
      .given([created(false)])
      .when(update('acc_A', ['bun_2']))
      .thenThrows('ASSET_LOCKED');
    spec()
      .given([created(false)])
      .when(update('acc_B', []))
      .thenThrows('NOT_FOUND');
    spec()
      .given([created(false)])
      .when({
        type: 'DeleteDocument',
        data: { documentId: 'doc_1', accountId: 'acc_A', lockedBy: ['bun_2'] },
        metadata,
      })
      .thenThrows('ASSET_LOCKED');
  });
});
