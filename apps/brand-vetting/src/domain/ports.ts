import type {
  BrandInformationV1,
  EvpId,
  IdentityStatus,
  RequestableEvpId,
  VettingClass,
} from '@compliance/contracts';

/**
 * The campaign registry (TCR in the real world): it decides the identity status of a brand at registration and
 * when an UNVERIFIED brand is re-vetted.
 */
export interface BrandRegistry {
  verifyIdentity(information: BrandInformationV1): Promise<IdentityStatus>;
  revetIdentity(information: BrandInformationV1, current: IdentityStatus): Promise<IdentityStatus>;
}

export interface VettingSubmission {
  readonly brandId: string;
  readonly vettingId: string;
  readonly evpId: RequestableEvpId;
  readonly vettingClass: VettingClass;
  readonly createDate: string;
  readonly information: BrandInformationV1;
  readonly identityStatus: IdentityStatus;
}

export type VettingOutcome =
  | { readonly vettingStatus: 'ACTIVE'; readonly vettingScore: number; readonly vettedDate: string }
  | { readonly vettingStatus: 'FAILED'; readonly failureReason: string; readonly failedAt: string };

/** A record an external vetting provider holds, as an import finds it. */
export interface ProviderRecord {
  readonly vettingId: string;
  readonly vettingClass: VettingClass;
  readonly vettingStatus: 'ACTIVE' | 'FAILED';
  readonly vettingScore: number | null;
  readonly createDate: string;
  readonly vettedDate: string | null;
}

export type ProviderLookup =
  | { readonly found: true; readonly record: ProviderRecord }
  | { readonly found: false; readonly reason: 'UNKNOWN_RECORD' | 'INVALID_TOKEN' };

/**
 * External vetting providers (AEGIS, WMC; CV for imports). A requested vetting completes later: the service asks
 * `check` for every PENDING record until it answers an outcome.
 */
export interface ExternalVettingProvider {
  /** null while the provider is still vetting. */
  check(submission: VettingSubmission, now: Date): Promise<VettingOutcome | null>;
  lookup(evpId: EvpId, vettingId: string, vettingToken: string | undefined): Promise<ProviderLookup>;
}
