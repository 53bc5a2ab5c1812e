import {
  catalogTopics,
  identityTopics,
  type CityInfoReply,
  type CityInfoRequest,
  type CopyAssetsReply,
  type CopyAssetsRequest,
  type DocumentTypeView,
  type FindRequirementsReply,
  type FindRequirementsRequest,
  type GetAssetsForEvaluationReply,
  type GetAssetsForEvaluationRequest,
  type GetRegulationRequest,
  type ListDocumentTypesReply,
  type RegulationView,
} from '@compliance/contracts';
import type { CommandMetadata } from '@compliance/event-sourcing';
import type { TopicSpec } from '@compliance/messaging';
import { ServiceRequester } from './service-requester';

/** What bundle-lifecycle asks the catalog. */
export interface CatalogPort {
  getRegulation(regulationId: string, metadata: CommandMetadata): Promise<RegulationView>;
  findRequirements(request: FindRequirementsRequest, metadata: CommandMetadata): Promise<RegulationView[]>;
  listDocumentTypes(metadata: CommandMetadata): Promise<DocumentTypeView[]>;
  cityInfo(request: CityInfoRequest, metadata: CommandMetadata): Promise<CityInfoReply>;
}

/** What bundle-lifecycle asks identity-assets. */
export interface IdentityPort {
  getAssetsForEvaluation(
    request: GetAssetsForEvaluationRequest,
    metadata: CommandMetadata,
  ): Promise<GetAssetsForEvaluationReply>;
  copyAssets(request: CopyAssetsRequest, metadata: CommandMetadata): Promise<CopyAssetsReply>;
}

const ONE_HOUR_MS = String(60 * 60 * 1000);

export function createUpstream(brokers: string[], namespace: string) {
  const catalog = catalogTopics(namespace);
  const identity = identityTopics(namespace);
  // Decrypted assets travel on these: short retention if we are the first to create them.
  const personal = [
    identity.patterns.getAssetsForEvaluation,
    `${identity.patterns.getAssetsForEvaluation}.reply`,
  ];
  const topicSpecs: TopicSpec[] = personal.map((topic) => ({
    topic,
    numPartitions: topic.endsWith('.reply') ? 1 : 3,
    configEntries: [{ name: 'retention.ms', value: ONE_HOUR_MS }],
  }));
  const requester = new ServiceRequester({
    brokers,
    namespace,
    requestTopics: [
      catalog.patterns.getRegulation,
      catalog.patterns.findRequirements,
      catalog.patterns.listDocumentTypes,
      catalog.patterns.cityInfo,
      identity.patterns.getAssetsForEvaluation,
      identity.patterns.copyAssets,
    ],
    topicSpecs,
  });
  const catalogPort: CatalogPort = {
    getRegulation: (regulationId, metadata) =>
      requester.send<RegulationView>(
        catalog.patterns.getRegulation,
        { regulationId } satisfies GetRegulationRequest,
        metadata,
        regulationId,
      ),
    findRequirements: async (request, metadata) =>
      (await requester.send<FindRequirementsReply>(catalog.patterns.findRequirements, request, metadata))
        .data,
    listDocumentTypes: async (metadata) =>
      (await requester.send<ListDocumentTypesReply>(catalog.patterns.listDocumentTypes, {}, metadata)).data,
    cityInfo: (request, metadata) =>
      requester.send<CityInfoReply>(catalog.patterns.cityInfo, request, metadata),
  };
  const identityPort: IdentityPort = {
    getAssetsForEvaluation: (request, metadata) =>
      requester.send<GetAssetsForEvaluationReply>(
        identity.patterns.getAssetsForEvaluation,
        request,
        metadata,
        request.accountId,
      ),
    copyAssets: (request, metadata) =>
      requester.send<CopyAssetsReply>(identity.patterns.copyAssets, request, metadata, request.accountId),
  };
  return { requester, catalog: catalogPort, identity: identityPort };
}
