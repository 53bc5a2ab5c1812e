import type { BrandInformationV1, IdentityStatus } from '@compliance/contracts';
import type { BrandRegistry } from '../domain/ports';

function lastDigit(ein: string): number | null {
  const digits = ein.replace(/\D/g, '');
  return digits.length === 0 ? null : Number(digits[digits.length - 1]);
}

/**
 * A deterministic stand-in for TCR's identity check (README "brand-vetting", ADR 0010):
 * - SOLE_PROPRIETOR → SELF_DECLARED (TCR does not verify sole proprietors);
 * - PUBLIC_PROFIT (always with a stock symbol and exchange) → VETTED_VERIFIED;
 * - otherwise the last digit of the EIN: even → VERIFIED, odd (or no digit) → UNVERIFIED.
 * A revet of an UNVERIFIED brand gives VERIFIED, except when the EIN ends in 9: that one stays UNVERIFIED.
 */
export class SimulatedBrandRegistry implements BrandRegistry {
  verifyIdentity(information: BrandInformationV1): Promise<IdentityStatus> {
    if (information.entityType === 'SOLE_PROPRIETOR') return Promise.resolve('SELF_DECLARED');
    if (information.entityType === 'PUBLIC_PROFIT') return Promise.resolve('VETTED_VERIFIED');
    const digit = lastDigit(information.ein);
    return Promise.resolve(digit !== null && digit % 2 === 0 ? 'VERIFIED' : 'UNVERIFIED');
  }

  revetIdentity(information: BrandInformationV1, current: IdentityStatus): Promise<IdentityStatus> {
    if (current !== 'UNVERIFIED') return Promise.resolve(current);
    return Promise.resolve(lastDigit(information.ein) === 9 ? 'UNVERIFIED' : 'VERIFIED');
  }
}
