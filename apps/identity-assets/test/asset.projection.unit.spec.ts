import { ProjectionSpec } from '@compliance/event-sourcing/testing';
import type { DocumentEvent } from '../src/domain/document.events';
import type { EndUserEvent } from '../src/domain/end-user.events';
import { documentProjection } from '../src/queries/assets/document.projection';
import type { EndUserRow } from '../src/queries/assets/asset-rows';
import { endUserProjection } from '../src/queries/assets/end-user.projection';

const created: EndUserEvent = {
  type: 'EndUserCreated',
  data: {
    endUserId: 'eu_1',
    accountId: 'acc_A',
    endUserType: 'BUSINESS',
    sealed: 'v1.a',
    copiedFrom: null,
    occurredAt: '2026-11-01T00:00:00.000Z',
  },
};
const row: EndUserRow = {
  endUserId: 'eu_1',
  accountId: 'acc_A',
  endUserType: 'BUSINESS',
  sealed: 'v1.a',
  erased: false,
  copiedFrom: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

describe('end-user read model', () => {
  const spec = () => ProjectionSpec.for(endUserProjection);

  it('holds the sealed content, replaces it on update, drops it on erasure, and the row on delete', () => {
    spec().when(created).then(row);
    spec()
      .given([created])
      .when({
        type: 'EndUserUpdated',
        data: {
          endUserId: 'eu_1',
          accountId: 'acc_A',
          sealed: 'v1.b',
          occurredAt: '2026-11-02T00:00:00.000Z',
        },
      })
      .then({ ...row, sealed: 'v1.b', updatedAt: '2026-11-02T00:00:00.000Z' });
    spec()
      .given([created])
      .when({
        type: 'EndUserErased',
        data: { endUserId: 'eu_1', accountId: 'acc_A', erasedAt: '2026-11-03T00:00:00.000Z' },
      })
      .then({ ...row, sealed: null, erased: true, updatedAt: '2026-11-03T00:00:00.000Z' });
    spec()
      .given([created])
      .when({
        type: 'EndUserDeleted',
        data: { endUserId: 'eu_1', accountId: 'acc_A', occurredAt: '2026-11-03T00:00:00.000Z' },
      })
      .then(null);
  });
});

describe('document read model', () => {
  const createdDocument: DocumentEvent = {
    type: 'DocumentCreated',
    data: {
      documentId: 'doc_1',
      accountId: 'acc_A',
      subjectId: 'doc_1',
      endUserId: null,
      documentType: 'germanIdentityCard',
      sealed: 'v1.d',
      file: { storageKey: 'ab'.repeat(32), mimeType: 'image/png', fileSize: 1234 },
      deleteFileAfterVerification: true,
      copiedFrom: null,
      occurredAt: '2026-11-01T00:00:00.000Z',
    },
  };

  it('says the file exists until it is deleted after verification', () => {
    const spec = ProjectionSpec.for(documentProjection);
    const initial = spec.when(createdDocument).then({
      documentId: 'doc_1',
      accountId: 'acc_A',
      subjectId: 'doc_1',
      endUserId: null,
      documentType: 'germanIdentityCard',
      sealed: 'v1.d',
      storageKey: 'ab'.repeat(32),
      mimeType: 'image/png',
      fileSize: 1234,
      fileContentExists: true,
      deleteFileAfterVerification: true,
      erased: false,
      copiedFrom: null,
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
    });
    ProjectionSpec.for(documentProjection)
      .given([createdDocument])
      .when({
        type: 'DocumentFileDeleted',
        data: {
          documentId: 'doc_1',
          accountId: 'acc_A',
          storageKey: 'ab'.repeat(32),
          reason: 'VERIFIED',
          bundleId: 'bun_1',
          occurredAt: '2026-11-05T00:00:00.000Z',
        },
      })
      .then({ ...initial!, fileContentExists: false, updatedAt: '2026-11-05T00:00:00.000Z' });
  });
});
