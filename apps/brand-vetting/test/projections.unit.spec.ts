import { ProjectionSpec } from '@compliance/event-sourcing/testing';
import { brandProjection, type BrandProjectionEvent } from '../src/queries/brand/brand.projection';
import { vettingProjection, type VettingProjectionEvent } from '../src/queries/vetting/vetting.projection';

const information = {
  entityType: 'NON_PROFIT' as const,
  companyName: 'Acme',
  displayName: 'Acme',
  ein: '1',
  einIssuingCountry: 'US',
  phone: '+18009999999',
  email: 'a@acme.test',
  street: '1 Road',
  city: 'Raleigh',
  state: 'NC',
  postalCode: '27606',
  country: 'US',
  website: null,
  vertical: 'NGO' as const,
  stockSymbol: null,
  stockExchange: null,
  altBusinessId: null,
  altBusinessIdType: null,
};
const registered: BrandProjectionEvent = {
  type: 'BrandRegistered',
  data: {
    brandId: 'brd_1',
    accountId: 'acc_1',
    information,
    identityStatus: 'UNVERIFIED',
    registeredAt: 't1',
  },
};

describe('brand projection', () => {
  it('makes the row at registration and follows revets (idempotent when run twice)', () => {
    ProjectionSpec.for(brandProjection)
      .when(registered)
      .then({
        brandId: 'brd_1',
        accountId: 'acc_1',
        identityStatus: 'UNVERIFIED',
        ...information,
        createdAt: 't1',
        updatedAt: 't1',
      });
    ProjectionSpec.for(brandProjection)
      .given([registered])
      .when({
        type: 'BrandRevetted',
        data: {
          brandId: 'brd_1',
          accountId: 'acc_1',
          commandId: 'c',
          previousIdentityStatus: 'UNVERIFIED',
          identityStatus: 'VERIFIED',
          revettedAt: 't2',
        },
      })
      .then({
        brandId: 'brd_1',
        accountId: 'acc_1',
        identityStatus: 'VERIFIED',
        ...information,
        createdAt: 't1',
        updatedAt: 't2',
      });
  });
});

describe('vetting projection', () => {
  const requested: VettingProjectionEvent = {
    type: 'VettingRequested',
    data: {
      brandId: 'brd_1',
      accountId: 'acc_1',
      vettingId: 'vet_1',
      evpId: 'AEGIS',
      vettingClass: 'STANDARD',
      brandInformationVersion: 1,
      createDate: 't1',
    },
  };
  const pending = {
    vettingId: 'vet_1',
    brandId: 'brd_1',
    evpId: 'AEGIS' as const,
    vettingClass: 'STANDARD' as const,
    vettingStatus: 'PENDING' as const,
    vettingScore: null,
    createDate: 't1',
    vettedDate: null,
    failureReason: null,
  };

  it('records a PENDING request, then its outcome', () => {
    ProjectionSpec.for(vettingProjection).when(requested).then(pending);
    ProjectionSpec.for(vettingProjection)
      .given([requested])
      .when({
        type: 'VettingCompleted',
        data: {
          brandId: 'brd_1',
          accountId: 'acc_1',
          vettingId: 'vet_1',
          vettingScore: 91,
          vettedDate: 't2',
        },
      })
      .then({ ...pending, vettingStatus: 'ACTIVE', vettingScore: 91, vettedDate: 't2' });
    ProjectionSpec.for(vettingProjection)
      .given([requested])
      .when({
        type: 'VettingFailed',
        data: {
          brandId: 'brd_1',
          accountId: 'acc_1',
          vettingId: 'vet_1',
          failureReason: 'no',
          failedAt: 't2',
        },
      })
      .then({ ...pending, vettingStatus: 'FAILED', failureReason: 'no' });
  });
});
