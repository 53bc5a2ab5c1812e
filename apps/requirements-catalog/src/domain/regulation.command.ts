import type { EndUserType, NumberType } from './catalog.types';

/** Mirrors the shared command metadata (CONVENTIONS.md 4): decisions never read the clock. */
export interface CatalogCommandMetadata {
  readonly now: Date;
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId?: string | null;
}

export interface PublishRegulationVersion {
  readonly type: 'PublishRegulationVersion';
  readonly data: {
    /** Stable id of the regulation; see `regulationIdFor` outside the domain for how it is derived. */
    readonly regulationId: string;
    readonly country: string;
    readonly numberType: NumberType;
    readonly endUserType: EndUserType;
    readonly friendlyName: string;
    /** Untrusted until the decider has validated it. */
    readonly requirement: unknown;
    readonly gracePeriodDays: number;
  };
  readonly metadata: CatalogCommandMetadata;
}

export type RegulationCommand = PublishRegulationVersion;
