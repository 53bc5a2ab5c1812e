import type { BrandInformationV1 } from '@compliance/contracts';
import type { CommandMetadata } from '@compliance/event-sourcing';
import { DeciderSpec } from '@compliance/event-sourcing/testing';
import type { BrandCommandUnion } from '../src/domain/brand.command';
import { brandDecider } from '../src/domain/brand.decider';
import type { BrandEvent } from '../src/domain/brand.events';
import { RegistryError } from '../src/domain/brand.errors';

const NOW = new Date('2026-01-02T03:04:05.000Z');
const LATER = new Date('2026-01-02T03:05:00.000Z');
const meta = (now = NOW): CommandMetadata => ({
  now,
  actor: 'key_1',
  accountId: 'acc_1',
  correlationId: 'c1',
  causationId: null,
});
const information: BrandInformationV1 = {
  entityType: 'PRIVATE_PROFIT',
  companyName: 'Acme',
  displayName: 'Acme',
  ein: '123',
  einIssuingCountry: 'US',
  phone: '+18009999999',
  email: 'a@acme.test',
  street: '1 Road',
  city: 'Raleigh',
  state: 'NC',
  postalCode: '27606',
  country: 'US',
  website: null,
  vertical: 'RETAIL',
  stockSymbol: null,
  stockExchange: null,
  altBusinessId: null,
  altBusinessIdType: null,
};
const registered: BrandEvent = {
  type: 'BrandRegistered',
  data: {
    brandId: 'brd_1',
    accountId: 'acc_1',
    information,
    identityStatus: 'UNVERIFIED',
    registeredAt: NOW.toISOString(),
  },
};
const requested: BrandEvent = {
  type: 'VettingRequested',
  data: {
    brandId: 'brd_1',
    accountId: 'acc_1',
    vettingId: 'vet_1',
    evpId: 'WMC',
    vettingClass: 'STANDARD',
    brandInformationVersion: 1,
    createDate: NOW.toISOString(),
  },
};
const revetted: BrandEvent = {
  type: 'BrandRevetted',
  data: {
    brandId: 'brd_1',
    accountId: 'acc_1',
    commandId: 'cmd_1',
    previousIdentityStatus: 'UNVERIFIED',
    identityStatus: 'VERIFIED',
    revettedAt: LATER.toISOString(),
  },
};

const spec = () => DeciderSpec.for(brandDecider);
const revet = (commandId = 'cmd_1', accountId = 'acc_1'): BrandCommandUnion => ({
  type: 'RevetBrand',
  data: { brandId: 'brd_1', commandId, accountId, identityStatus: 'VERIFIED' },
  metadata: meta(LATER),
});
const request = (vettingId: string, evpId: 'WMC' | 'AEGIS' = 'WMC'): BrandCommandUnion => ({
  type: 'RequestVetting',
  data: { brandId: 'brd_1', accountId: 'acc_1', vettingId, evpId, vettingClass: 'STANDARD' },
  metadata: meta(),
});

describe('brand decider', () => {
  it('registers a brand once; the same command again records nothing', () => {
    const command: BrandCommandUnion = {
      type: 'RegisterBrand',
      data: { brandId: 'brd_1', accountId: 'acc_1', information, identityStatus: 'UNVERIFIED' },
      metadata: meta(),
    };
    spec().when(command).then([registered]);
    spec().given([registered]).when(command).thenNothing();
  });

  it('revets only an UNVERIFIED brand (12210 otherwise), once per command', () => {
    const state = spec().given([registered]).when(revet()).then([revetted]);
    expect(state?.informationVersion).toBe(2);
    spec().given([registered, revetted]).when(revet('cmd_1')).thenNothing();
    const error = spec().given([registered, revetted]).when(revet('cmd_2')).thenThrows(RegistryError);
    expect((error as RegistryError).code).toBe('12210');
    expect(error.message).toBe("The Brand 'brd_1' with identity status 'VERIFIED' not allowed to revet");
  });

  it("treats another account's brand and an unknown brand as NOT_FOUND", () => {
    spec().given([registered]).when(revet('cmd_1', 'acc_2')).thenThrows('NOT_FOUND');
    spec().when(revet()).thenThrows('NOT_FOUND');
  });

  it('refuses the same vetting request on unchanged brand information with 12185 / 525, accepts it after a revet', () => {
    spec().given([registered]).when(request('vet_1')).then([requested]);
    spec().given([registered, requested]).when(request('vet_1')).thenNothing();
    const error = spec()
      .given([registered, requested])
      .when(request('vet_2'))
      .thenThrows(RegistryError) as RegistryError;
    expect(error.code).toBe('12185');
    expect(error.errors).toEqual([
      {
        field: 'brand',
        code: '525',
        message: 'Vetting re-submission not allowed with same brand information.',
      },
    ]);
    spec()
      .given([registered, requested])
      .when(request('vet_2', 'AEGIS'))
      .then([
        {
          type: 'VettingRequested',
          data: { ...requested.data, vettingId: 'vet_2', evpId: 'AEGIS' },
        },
      ]);
    spec()
      .given([registered, requested, revetted])
      .when(request('vet_3'))
      .then([
        {
          type: 'VettingRequested',
          data: { ...requested.data, vettingId: 'vet_3', brandInformationVersion: 2 },
        },
      ]);
  });

  it('completes a PENDING vetting once, as ACTIVE with its score or as FAILED', () => {
    const complete = (
      outcome: Extract<BrandCommandUnion, { type: 'CompleteVetting' }>['data']['outcome'],
    ): BrandCommandUnion => ({
      type: 'CompleteVetting',
      data: { brandId: 'brd_1', vettingId: 'vet_1', outcome },
      metadata: meta(LATER),
    });
    const done: BrandEvent = {
      type: 'VettingCompleted',
      data: {
        brandId: 'brd_1',
        accountId: 'acc_1',
        vettingId: 'vet_1',
        vettingScore: 77,
        vettedDate: LATER.toISOString(),
      },
    };
    const state = spec()
      .given([registered, requested])
      .when(complete({ vettingStatus: 'ACTIVE', vettingScore: 77, vettedDate: LATER.toISOString() }))
      .then([done]);
    expect(state?.vettings[0]).toMatchObject({ vettingStatus: 'ACTIVE', vettingScore: 77 });
    spec()
      .given([registered, requested, done])
      .when(complete({ vettingStatus: 'FAILED', failureReason: 'late', failedAt: LATER.toISOString() }))
      .thenNothing();
    spec()
      .given([registered, requested])
      .when(complete({ vettingStatus: 'FAILED', failureReason: 'no', failedAt: LATER.toISOString() }))
      .then([
        {
          type: 'VettingFailed',
          data: {
            brandId: 'brd_1',
            accountId: 'acc_1',
            vettingId: 'vet_1',
            failureReason: 'no',
            failedAt: LATER.toISOString(),
          },
        },
      ]);
  });

  it('imports a provider record once; the same id from another provider is refused', () => {
    const record = {
      vettingId: 'ABC',
      vettingClass: 'STANDARD' as const,
      vettingStatus: 'ACTIVE' as const,
      vettingScore: 88,
      createDate: '2025-01-01T00:00:00.000Z',
      vettedDate: '2025-01-01T00:00:30.000Z',
    };
    const importCommand = (evpId: 'AEGIS' | 'CV'): BrandCommandUnion => ({
      type: 'ImportVetting',
      data: { brandId: 'brd_1', accountId: 'acc_1', evpId, record },
      metadata: meta(),
    });
    const imported: BrandEvent = {
      type: 'VettingImported',
      data: {
        brandId: 'brd_1',
        accountId: 'acc_1',
        evpId: 'AEGIS',
        ...record,
        importedAt: NOW.toISOString(),
      },
    };
    spec().given([registered]).when(importCommand('AEGIS')).then([imported]);
    spec().given([registered, imported]).when(importCommand('AEGIS')).thenNothing();
    spec().given([registered, imported]).when(importCommand('CV')).thenThrows('VALIDATION_FAILED');
  });
});
