import type { EndUserType, NumberType, Requirement } from './catalog.types';

export interface RegulationVersionPublished {
  readonly type: 'RegulationVersionPublished';
  readonly data: {
    readonly regulationId: string;
    readonly version: number;
    readonly country: string;
    readonly numberType: NumberType;
    readonly endUserType: EndUserType;
    readonly friendlyName: string;
    readonly requirement: Requirement;
    /** Bundles approved on an older version stay valid this many days after `publishedAt`. */
    readonly gracePeriodDays: number;
    readonly publishedAt: string;
  };
}

/** Every event of the regulation aggregate. */
export type RegulationEvent = RegulationVersionPublished;
