import { ProjectionSpec } from '@compliance/event-sourcing/testing';
import { bundleContactProjection, type BundleContactEvent } from '../src/domain/bundle-contact.projection';
import { snapshot, statusChanged } from './support/bundle-events';

const spec = ProjectionSpec.for(bundleContactProjection);
const created = (revision = 0, extra = {}): BundleContactEvent => ({
  type: 'BundleCreated',
  revision,
  data: snapshot({ statusCallback: 'https://hooks.example.com/a', email: 'ops@example.com', ...extra }),
});

describe('bundle contact projection', () => {
  it('keeps where a new bundle notifies (idempotent when run twice)', () => {
    spec.given([]).when(created()).then({
      bundleId: 'bun_01JTEST0000000000000000001',
      accountId: 'acc_01JTEST0000000000000000001',
      statusCallback: 'https://hooks.example.com/a',
      email: 'ops@example.com',
      remarks: null,
      revision: 0,
    });
  });

  it('takes new targets from BundleMetadataUpdated; a null statusCallback removes the webhook', () => {
    spec
      .given([created()])
      .when({
        type: 'BundleMetadataUpdated',
        revision: 1,
        data: { ...snapshot(), statusCallback: null, email: 'new@example.com' },
      })
      .then({
        bundleId: 'bun_01JTEST0000000000000000001',
        accountId: 'acc_01JTEST0000000000000000001',
        statusCallback: null,
        email: 'new@example.com',
        remarks: null,
        revision: 1,
      });
  });

  it('keeps the targets when an event does not carry them, and the remarks of the last status change', () => {
    spec
      .given([created()])
      .when({
        type: 'BundleStatusChanged',
        revision: 3,
        data: statusChanged('IN_REVIEW', 'REJECTED', {
          remarks: 'Blurry passport',
          failureReason: 'DOCUMENTS',
        }),
      })
      .then({
        bundleId: 'bun_01JTEST0000000000000000001',
        accountId: 'acc_01JTEST0000000000000000001',
        statusCallback: 'https://hooks.example.com/a',
        email: 'ops@example.com',
        remarks: 'Blurry passport',
        revision: 3,
      });
  });

  it('ignores an event older than the one it holds', () => {
    const newer = bundleContactProjection.evolve(null, created(5, { email: 'newer@example.com' }));
    spec
      .given([created(5, { email: 'newer@example.com' })])
      .when(created(2, { email: 'older@example.com' }))
      .then(newer);
  });
});

describe('bundle contact projection, remarks on other events', () => {
  it('takes the remarks an event carries besides a status change (bundle-lifecycle sends them on every event)', () => {
    spec
      .given([created()])
      .when({
        type: 'BundleValidUntilSet',
        revision: 4,
        data: { ...snapshot(), remarks: 'Renew with the new form' },
      })
      .then({
        bundleId: 'bun_01JTEST0000000000000000001',
        accountId: 'acc_01JTEST0000000000000000001',
        statusCallback: 'https://hooks.example.com/a',
        email: 'ops@example.com',
        remarks: 'Renew with the new form',
        revision: 4,
      });
  });
});
