import type { BrandInformationV1 } from '@compliance/contracts';
import { SimulatedBrandRegistry } from '../src/adapters/simulated-brand-registry';
import { SimulatedVettingProvider } from '../src/adapters/simulated-vetting-provider';
import type { VettingSubmission } from '../src/domain/ports';

const base: BrandInformationV1 = {
  entityType: 'PRIVATE_PROFIT',
  companyName: 'Acme',
  displayName: 'Acme',
  ein: '12-3456780',
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

describe('simulated registry (TCR)', () => {
  const registry = new SimulatedBrandRegistry();

  it('decides the identity status by entity type, then by the last digit of the EIN', async () => {
    expect(await registry.verifyIdentity({ ...base, entityType: 'SOLE_PROPRIETOR', ein: '1' })).toBe(
      'SELF_DECLARED',
    );
    expect(await registry.verifyIdentity({ ...base, entityType: 'PUBLIC_PROFIT', ein: '1' })).toBe(
      'VETTED_VERIFIED',
    );
    expect(await registry.verifyIdentity({ ...base, ein: '12-3456780' })).toBe('VERIFIED');
    expect(await registry.verifyIdentity({ ...base, ein: '12-3456781' })).toBe('UNVERIFIED');
    expect(await registry.verifyIdentity({ ...base, ein: 'ABC' })).toBe('UNVERIFIED');
  });

  it('verifies on revet, except an EIN ending in 9', async () => {
    expect(await registry.revetIdentity({ ...base, ein: '1' }, 'UNVERIFIED')).toBe('VERIFIED');
    expect(await registry.revetIdentity({ ...base, ein: '9' }, 'UNVERIFIED')).toBe('UNVERIFIED');
  });
});

describe('simulated vetting provider', () => {
  const provider = new SimulatedVettingProvider({ completionDelayMs: 1000 });
  const submission: VettingSubmission = {
    brandId: 'brd_1',
    vettingId: 'vet_1',
    evpId: 'WMC',
    vettingClass: 'STANDARD',
    createDate: '2026-01-01T00:00:00.000Z',
    information: base,
    identityStatus: 'VERIFIED',
  };
  const at = (ms: number) => new Date(Date.parse(submission.createDate) + ms);

  it('stays pending until the delay has passed, then scores the same information the same way', async () => {
    expect(await provider.check(submission, at(999))).toBeNull();
    const outcome = await provider.check(submission, at(5000));
    expect(outcome).toEqual({
      vettingStatus: 'ACTIVE',
      vettingScore: expect.any(Number),
      vettedDate: '2026-01-01T00:00:01.000Z',
    });
    expect(await provider.check(submission, at(9000))).toEqual(outcome);
    const score = (outcome as { vettingScore: number }).vettingScore;
    expect(score).toBeGreaterThanOrEqual(40);
    expect(score).toBeLessThanOrEqual(100);
  });

  it('fails unverified brands and POLITICAL vetting outside the POLITICAL vertical', async () => {
    expect(await provider.check({ ...submission, identityStatus: 'UNVERIFIED' }, at(1000))).toMatchObject({
      vettingStatus: 'FAILED',
    });
    expect(await provider.check({ ...submission, vettingClass: 'POLITICAL' }, at(1000))).toMatchObject({
      vettingStatus: 'FAILED',
      failureReason: expect.stringContaining('POLITICAL'),
    });
    expect(
      await provider.check(
        { ...submission, vettingClass: 'POLITICAL', information: { ...base, vertical: 'POLITICAL' } },
        at(1000),
      ),
    ).toMatchObject({ vettingStatus: 'ACTIVE' });
  });

  it('finds records in the formats of the guide, refuses unknown ones and AEGIS without a token', async () => {
    const found = await provider.lookup('WMC', '531D1FD09D68401EA0E4624B8B7D4A14', undefined);
    expect(found).toMatchObject({
      found: true,
      record: { vettingStatus: 'ACTIVE', vettingClass: 'STANDARD' },
    });
    expect(await provider.lookup('WMC', '531D1FD09D68401EA0E4624B8B7D4A14', undefined)).toEqual(found);
    expect(await provider.lookup('CV', '2ee15ee2-8e77-4c5c-ed14-08d99db075c6', undefined)).toMatchObject({
      found: true,
    });
    expect(await provider.lookup('WMC', '0000D09D68401EA0E4624B8B7D4A1400', undefined)).toEqual({
      found: false,
      reason: 'UNKNOWN_RECORD',
    });
    expect(await provider.lookup('WMC', 'not-a-record', undefined)).toMatchObject({ found: false });
    expect(await provider.lookup('AEGIS', '531D1FD09D68401EA0E4624B8B7D4A14', undefined)).toEqual({
      found: false,
      reason: 'INVALID_TOKEN',
    });
    expect(await provider.lookup('AEGIS', '531D1FD09D68401EA0E4624B8B7D4A14', 'tok')).toMatchObject({
      found: true,
    });
  });
});
