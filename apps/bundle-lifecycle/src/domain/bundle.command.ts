import type { CommandMetadata } from '@compliance/event-sourcing';
import type { BundleItem, BundleStatus, RegulationRef } from './bundle.events';
import type { Evaluation } from './evaluation/evaluation.types';

/**
 * Commands of the bundle aggregate. `accountId` names the caller's account: null for platform staff (review, the
 * scheduler, consumers), who may act on any account's bundle; a customer never sees another account's bundle (404).
 */
interface BundleCommandBase<TType extends string, TData> {
  readonly type: TType;
  readonly data: TData & { readonly bundleId: string; readonly accountId: string | null };
  readonly metadata: CommandMetadata;
}

export interface BundleDetails {
  friendlyName: string;
  email: string;
  statusCallback: string | null;
  customReference: string | null;
}

export type CreateBundle = BundleCommandBase<
  'CreateBundle',
  {
    accountId: string;
    regulation: RegulationRef;
    details: BundleDetails;
    /** A copy: the original's id, and items that hold the new copies of its assets. */
    copiedFrom: string | null;
    items: BundleItem[];
  }
>;
export type UpdateBundleDetails = BundleCommandBase<
  'UpdateBundleDetails',
  { changes: Partial<BundleDetails> }
>;
export type AssignItem = BundleCommandBase<'AssignItem', { item: Omit<BundleItem, 'createdAt'> }>;
export type RemoveItem = BundleCommandBase<'RemoveItem', { itemId: string }>;
export type RecordEvaluation = BundleCommandBase<'RecordEvaluation', { evaluation: Evaluation }>;
export type SubmitBundle = BundleCommandBase<
  'SubmitBundle',
  { allDetailsAccurate: boolean; evaluation: Evaluation }
>;
export type ClaimBundle = BundleCommandBase<'ClaimBundle', Record<never, never>>;
export type DecideBundle = BundleCommandBase<
  'DecideBundle',
  {
    decision: 'APPROVE' | 'REJECT';
    remarks: string | null;
    itemFailures: { itemId: string; failureReason: string }[];
  }
>;
export type SetValidUntil = BundleCommandBase<
  'SetValidUntil',
  { regulationId: string; newRegulationVersion: number; validUntil: string }
>;
/** The scheduler: an APPROVED bundle whose validUntil has passed becomes REJECTED (REGULATION_UPDATED). */
export type ExpireBundle = BundleCommandBase<'ExpireBundle', Record<never, never>>;

/** What the original needs to know about the copy it takes the items of. */
export interface CopyView {
  bundleId: string;
  accountId: string;
  status: BundleStatus;
  copiedFrom: string | null;
  regulationVersion: number;
  items: BundleItem[];
}
export type ReplaceItems = BundleCommandBase<'ReplaceItems', { from: CopyView }>;
/** The copy's half of replaceItems: its items now belong to `toBundleId`. */
export type HandOverItems = BundleCommandBase<'HandOverItems', { toBundleId: string }>;
export type DeleteBundle = BundleCommandBase<'DeleteBundle', Record<never, never>>;
/** The scheduler: a DRAFT untouched for a year is deleted. */
export type PurgeStaleDraft = BundleCommandBase<'PurgeStaleDraft', Record<never, never>>;
export type RecordPhoneNumberCount = BundleCommandBase<
  'RecordPhoneNumberCount',
  { count: number; lastNumberLeftAt: string | null }
>;

export type BundleCommand =
  | CreateBundle
  | UpdateBundleDetails
  | AssignItem
  | RemoveItem
  | RecordEvaluation
  | SubmitBundle
  | ClaimBundle
  | DecideBundle
  | SetValidUntil
  | ExpireBundle
  | ReplaceItems
  | HandOverItems
  | DeleteBundle
  | PurgeStaleDraft
  | RecordPhoneNumberCount;
