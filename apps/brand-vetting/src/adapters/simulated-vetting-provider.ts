import { createHash } from 'node:crypto';
import type { EvpId } from '@compliance/contracts';
import type {
  ExternalVettingProvider,
  ProviderLookup,
  VettingOutcome,
  VettingSubmission,
} from '../domain/ports';

/** The provider record formats the guide shows: 32 hex digits (WMC, AEGIS) or a UUID (AEGIS). */
const RECORD_ID =
  /^([0-9A-Fa-f]{32}|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})$/;
const IMPORT_EPOCH_MS = Date.UTC(2025, 0, 1);
const DAY_MS = 24 * 60 * 60 * 1000;

function hashNumber(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0);
}

export interface SimulatedVettingProviderOptions {
  /** How long after the request a vetting completes (the real providers take minutes to days). */
  completionDelayMs: number;
}

/**
 * A deterministic stand-in for AEGIS, WMC and CV (README "brand-vetting", ADR 0010).
 *
 * Requests complete `completionDelayMs` after their createDate:
 * - FAILED when the brand's identity is still UNVERIFIED when the provider looks at it;
 * - FAILED for a POLITICAL vetting of a brand whose vertical is not POLITICAL;
 * - otherwise ACTIVE with a score of 40..100 from SHA-256 of `evpId:vettingClass:ein:companyName`
 *   (the same brand information always scores the same), vettedDate = createDate + delay.
 *
 * Imports find a record when its id has the format of the guide (32 hex digits or a UUID) and does not start with
 * `0000` (reserved for "unknown record"); AEGIS needs a token (any token is accepted, except one starting with
 * `invalid`). The record is STANDARD, ACTIVE, scored 50..100 from SHA-256 of `evpId:vettingId`, created on a day of
 * 2025 from the same hash and vetted 30 s later.
 */
export class SimulatedVettingProvider implements ExternalVettingProvider {
  constructor(private readonly options: SimulatedVettingProviderOptions) {}

  check(submission: VettingSubmission, now: Date): Promise<VettingOutcome | null> {
    const doneAt = Date.parse(submission.createDate) + this.options.completionDelayMs;
    if (now.getTime() < doneAt) return Promise.resolve(null);
    const at = new Date(doneAt).toISOString();
    const { evpId, vettingClass, information } = submission;
    if (submission.identityStatus === 'UNVERIFIED') {
      return Promise.resolve({
        vettingStatus: 'FAILED',
        failureReason: `${evpId} cannot vet a brand whose identity is UNVERIFIED; revet the brand first.`,
        failedAt: at,
      });
    }
    if (vettingClass === 'POLITICAL' && information.vertical !== 'POLITICAL') {
      return Promise.resolve({
        vettingStatus: 'FAILED',
        failureReason: `${evpId} vets POLITICAL only for brands of the POLITICAL vertical.`,
        failedAt: at,
      });
    }
    const score =
      40 + (hashNumber(`${evpId}:${vettingClass}:${information.ein}:${information.companyName}`) % 61);
    return Promise.resolve({ vettingStatus: 'ACTIVE', vettingScore: score, vettedDate: at });
  }

  lookup(evpId: EvpId, vettingId: string, vettingToken: string | undefined): Promise<ProviderLookup> {
    if (!RECORD_ID.test(vettingId) || vettingId.startsWith('0000')) {
      return Promise.resolve({ found: false, reason: 'UNKNOWN_RECORD' });
    }
    if (evpId === 'AEGIS' && (!vettingToken || vettingToken.toLowerCase().startsWith('invalid'))) {
      return Promise.resolve({ found: false, reason: 'INVALID_TOKEN' });
    }
    const hash = hashNumber(`${evpId}:${vettingId.toUpperCase()}`);
    const created = IMPORT_EPOCH_MS + (hash % 365) * DAY_MS + (hash % 86_400) * 1000;
    return Promise.resolve({
      found: true,
      record: {
        vettingId,
        vettingClass: 'STANDARD',
        vettingStatus: 'ACTIVE',
        vettingScore: 50 + (hash % 51),
        createDate: new Date(created).toISOString(),
        vettedDate: new Date(created + 30_000).toISOString(),
      },
    });
  }
}
