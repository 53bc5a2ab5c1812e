import type { CommandMetadata } from '@compliance/event-sourcing';
import type { EvaluationAddress, GetAssetsForEvaluationReply } from '@compliance/contracts';
import type { BundleDeps } from '../../bundle-deps';
import { evaluateBundle } from '../../domain/evaluation/evaluate-bundle';
import type { Evaluation } from '../../domain/evaluation/evaluation.types';
import type { Bundle } from '../../domain/bundle.state';

const NO_ASSETS: GetAssetsForEvaluationReply = { endUsers: [], addresses: [], documents: [], missing: [] };

const normalPostalCode = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();

/**
 * Gathers what an evaluation needs (the latest version of the regulation, the assigned assets decrypted by
 * identity-assets, the document types, cityInfo for LOCAL addresses) and runs the pure rule function on it.
 */
export async function runEvaluation(
  deps: BundleDeps,
  bundle: Bundle,
  evaluationId: string,
  metadata: CommandMetadata,
): Promise<Evaluation> {
  const regulation = await deps.catalog.getRegulation(bundle.regulationId, metadata);
  const assets =
    bundle.items.length === 0
      ? NO_ASSETS
      : await deps.identity.getAssetsForEvaluation(
          {
            accountId: bundle.accountId,
            assets: bundle.items.map(({ assetType, assetId }) => ({ assetType, assetId })),
          },
          metadata,
        );
  const documentTypes =
    regulation.requirement.supportingDocuments.length === 0
      ? []
      : await deps.catalog.listDocumentTypes(metadata);
  const known = new Set<string>();
  if (regulation.requirement.address.location === 'LOCAL') {
    const local = assets.addresses.filter(
      (a: EvaluationAddress) => !a.erased && a.country === regulation.country,
    );
    for (const address of local) {
      const wanted = normalPostalCode(address.postalCode);
      if (wanted === '') continue;
      const page = await deps.catalog.cityInfo(
        { country: regulation.country, postalCode: wanted, pageSize: 100 },
        metadata,
      );
      if (page.data.some((row) => normalPostalCode(row.postalCode) === wanted)) {
        known.add(`${regulation.country}:${wanted}`);
      }
    }
  }
  const outcome = evaluateBundle({
    regulation,
    documentTypes,
    items: bundle.items,
    endUsers: assets.endUsers,
    addresses: assets.addresses,
    documents: assets.documents,
    isKnownLocalPostalCode: (country, postalCode) => known.has(`${country}:${normalPostalCode(postalCode)}`),
  });
  return {
    evaluationId,
    bundleId: bundle.bundleId,
    regulationId: regulation.regulationId,
    regulationVersion: regulation.version,
    status: outcome.status,
    results: outcome.results,
    createdAt: metadata.now.toISOString(),
  };
}
