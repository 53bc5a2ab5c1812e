import type { BundleItem, BundleSnapshot, BundleStatus } from './bundle.events';
import type { Evaluation } from './evaluation/evaluation.types';

/** The bundle as its stream tells it. */
export interface Bundle extends Omit<BundleSnapshot, 'occurredAt'> {
  createdAt: string;
  updatedAt: string;
  /** When it last entered PENDING_REVIEW: the review queue is oldest first by this. */
  submittedAt: string | null;
  approvedAt: string | null;
  deleted: boolean;
  evaluations: Evaluation[];
  phoneNumberCount: number;
  lastNumberLeftAt: string | null;
  /** replaceItems moved this copy's items into that bundle: the copy is empty and deletable. */
  itemsMovedTo: string | null;
  /** The copy whose items this bundle took last (a repeated replaceItems changes nothing). */
  replacedFrom: string | null;
}

export type BundleState = Bundle | null;

export const EDITABLE_STATUSES: readonly BundleStatus[] = ['DRAFT', 'REJECTED'];

export function isEditable(status: BundleStatus): boolean {
  return EDITABLE_STATUSES.includes(status);
}

export function itemsOf(bundle: Bundle): BundleItem[] {
  return bundle.items;
}
