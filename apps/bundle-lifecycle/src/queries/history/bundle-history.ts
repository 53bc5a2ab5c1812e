import type { HistoryEntryView } from '@compliance/contracts';

/** Keys of event data that may appear in the history: ids, statuses, dates and codes, never personal data. */
const PUBLIC_KEYS = [
  'status',
  'previousStatus',
  'regulationId',
  'regulationVersion',
  'newRegulationVersion',
  'validUntil',
  'failureReason',
  'copiedFrom',
  'fromBundleId',
  'movedTo',
  'reason',
  'count',
  'lastNumberLeftAt',
] as const;

const itemRef = (item: unknown) => {
  const { itemId, assetType, assetId } = (item ?? {}) as Record<string, unknown>;
  return { itemId, assetType, assetId };
};

/**
 * One stored event as a history entry. Contact details, names, remarks and evaluation texts are left out: the
 * history is an audit of what happened and who did it, readable without exposing personal data.
 */
export function toHistoryEntry(event: {
  type: string;
  data: unknown;
  metadata: { occurredAt: string; actor: string };
}): HistoryEntryView {
  const source = (event.data ?? {}) as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  for (const key of PUBLIC_KEYS) if (key in source) data[key] = source[key];
  if (Array.isArray(source.items)) data.items = source.items.map(itemRef);
  if (source.item !== undefined) data.item = itemRef(source.item);
  if (Array.isArray(source.itemFailures)) {
    data.itemFailures = source.itemFailures.map((f) => ({
      ...itemRef(f),
      failureReason: (f as { failureReason?: unknown }).failureReason,
    }));
  }
  const evaluation = source.evaluation as Record<string, unknown> | undefined;
  if (evaluation) {
    data.evaluation = {
      evaluationId: evaluation.evaluationId,
      status: evaluation.status,
      regulationVersion: evaluation.regulationVersion,
    };
  }
  if (event.type === 'BundleMetadataUpdated') delete data.items;
  return { type: event.type, occurredAt: event.metadata.occurredAt, actor: event.metadata.actor, data };
}
