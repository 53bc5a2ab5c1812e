import type { BundleAssetType } from '@compliance/contracts';

export type EvaluationStatus = 'COMPLIANT' | 'NONCOMPLIANT';

export interface InvalidField {
  field: string;
  friendlyName: string;
  failureReason: string;
  errorCode: string;
}

/** One requirement of the regulation and whether the bundle meets it (API.md "Evaluations"). */
export interface EvaluationResult {
  requirementName: string;
  friendlyName: string;
  objectType: BundleAssetType;
  passed: boolean;
  failureReason: string | null;
  errorCode: string | null;
  /** The assigned asset the result is about, when there is one. */
  assetId: string | null;
  invalidFields: InvalidField[];
}

export interface Evaluation {
  evaluationId: string;
  bundleId: string;
  regulationId: string;
  regulationVersion: number;
  status: EvaluationStatus;
  results: EvaluationResult[];
  createdAt: string;
}
