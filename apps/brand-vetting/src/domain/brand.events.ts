import type {
  BrandRegisteredV1,
  BrandRevettedV1,
  VettingCompletedV1,
  VettingFailedV1,
  VettingImportedV1,
  VettingRequestedV1,
} from '@compliance/contracts';

/** The events of the brand aggregate; their data is the published contract (`brands.events`, v1). */
export interface BrandRegistered {
  readonly type: 'BrandRegistered';
  readonly data: BrandRegisteredV1;
}

export interface BrandRevetted {
  readonly type: 'BrandRevetted';
  readonly data: BrandRevettedV1;
}

export interface VettingRequested {
  readonly type: 'VettingRequested';
  readonly data: VettingRequestedV1;
}

export interface VettingCompleted {
  readonly type: 'VettingCompleted';
  readonly data: VettingCompletedV1;
}

export interface VettingFailed {
  readonly type: 'VettingFailed';
  readonly data: VettingFailedV1;
}

export interface VettingImported {
  readonly type: 'VettingImported';
  readonly data: VettingImportedV1;
}

export type BrandEvent =
  | BrandRegistered
  | BrandRevetted
  | VettingRequested
  | VettingCompleted
  | VettingFailed
  | VettingImported;
