import type { BundleItemView, BundleView, EvaluationView } from '@compliance/contracts';
import type { BundleItem } from '../domain/bundle.events';
import type { Bundle } from '../domain/bundle.state';
import type { Evaluation } from '../domain/evaluation/evaluation.types';

export function toView(bundle: Bundle): BundleView {
  return {
    bundleId: bundle.bundleId,
    accountId: bundle.accountId,
    status: bundle.status,
    regulationId: bundle.regulationId,
    regulationVersion: bundle.regulationVersion,
    country: bundle.country,
    numberType: bundle.numberType,
    endUserType: bundle.endUserType,
    friendlyName: bundle.friendlyName,
    customReference: bundle.customReference,
    email: bundle.email,
    statusCallback: bundle.statusCallback,
    validUntil: bundle.validUntil,
    remarks: bundle.remarks,
    failureReason: bundle.failureReason,
    copiedFrom: bundle.copiedFrom,
    createdAt: bundle.createdAt,
    updatedAt: bundle.updatedAt,
  };
}

export function toItemView(item: BundleItem): BundleItemView {
  return { itemId: item.itemId, assetType: item.assetType, assetId: item.assetId, createdAt: item.createdAt };
}

export function toEvaluationView(evaluation: Evaluation): EvaluationView {
  return evaluation;
}
