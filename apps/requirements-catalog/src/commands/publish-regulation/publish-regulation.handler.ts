import { isUlid, type PublishRegulationRequest } from '@compliance/contracts';
import { handleCommand, type CommandMetadata } from '@compliance/event-sourcing';
import type { CatalogDeps } from '../../catalog-runtime';
import { regulationIdFor } from '../../catalog-data/regulation-id';
import type { Regulation } from '../../domain/catalog.types';
import { CatalogError, type FieldProblem } from '../../domain/problems';
import { validatePublishRequest } from '../../domain/publish-request';
import { regulationFriendlyName } from '../../domain/regulation.decider';
import { regulationFromEvent } from '../../domain/regulation.queries';
import type { RegulationVersionPublished } from '../../domain/regulation.events';
import { regulationStreamId } from '../../regulation/regulation.stream';
import { findVersion } from '../../queries/regulation/regulation.repository';
import { toRegulation } from '../../queries/regulation/regulation-version.projection';

const MAX_FRIENDLY_NAME = 200;

/**
 * `catalog.publish-regulation` (ADMIN; the gateway checks the role). Validates the whole body at once, then goes
 * through the regulation decider: an unchanged spec appends nothing and answers the version in force. The reply
 * waits (bounded) until the read model holds the version, so a read right after the publish sees it.
 */
export async function publishRegulation(
  deps: CatalogDeps,
  request: PublishRegulationRequest,
  metadata: CommandMetadata,
): Promise<Regulation> {
  const { runtime, store } = deps;
  const { commandId, friendlyName, ...body } = request ?? ({} as PublishRegulationRequest);
  const problems: FieldProblem[] = [];
  if (typeof commandId !== 'string' || !isUlid(commandId)) {
    problems.push({ field: 'commandId', code: 'INVALID_FORMAT', message: 'commandId must be a ULID.' });
  }
  if (
    friendlyName !== undefined &&
    (typeof friendlyName !== 'string' ||
      friendlyName.trim() === '' ||
      friendlyName.length > MAX_FRIENDLY_NAME)
  ) {
    problems.push({
      field: 'friendlyName',
      code: 'INVALID_VALUE',
      message: `friendlyName is a non-empty text of at most ${MAX_FRIENDLY_NAME} characters.`,
    });
  }
  const checked = validatePublishRequest(body, {
    countries: runtime.countries,
    reference: runtime.reference,
    hasCityData: runtime.hasCityData,
  });
  if (!checked.ok) problems.push(...checked.problems);
  if (!checked.ok || problems.length > 0) throw CatalogError.validation(problems);

  const { country, numberType, endUserType, requirement, gracePeriodDays } = checked.value;
  const regulationId = checked.value.regulationId ?? regulationIdFor(country, numberType, endUserType);
  const streamId = regulationStreamId(regulationId);
  if (checked.value.regulationId !== undefined) {
    // A given id names an existing regulation; new ones get the stable id of their (country, type, end user).
    const existing = await store.readStream(streamId, { limit: 1 });
    if (existing.length === 0)
      throw CatalogError.notFound(`Regulation ${regulationId} does not exist.`, 'regulationId');
  }

  const result = await handleCommand(store, {
    streamId,
    decider: runtime.decider,
    command: {
      type: 'PublishRegulationVersion',
      data: {
        regulationId,
        country,
        numberType,
        endUserType,
        friendlyName:
          friendlyName?.trim() ??
          regulationFriendlyName(runtime.countries.name(country) ?? country, numberType, endUserType),
        requirement,
        gracePeriodDays,
      },
      metadata,
    },
    metadata: { commandId },
  });
  const version = result.state?.version;
  if (version === undefined) throw new Error(`regulation ${regulationId} has no version after a publish`);

  const projected = await waitForVersion(deps, regulationId, version);
  if (projected) return toRegulation(projected);
  // The read model is late: answer from the store, which holds the version for sure.
  const [last] = await store.readStream(streamId, { direction: 'BACKWARDS', limit: 1 });
  if (!last || last.type !== 'RegulationVersionPublished') {
    throw new Error(`regulation ${regulationId}: last event is not a published version`);
  }
  return regulationFromEvent({
    type: 'RegulationVersionPublished',
    data: last.data,
  } as RegulationVersionPublished);
}

async function waitForVersion(deps: CatalogDeps, regulationId: string, version: number) {
  const deadline = Date.now() + deps.projectionWaitMs;
  for (;;) {
    const row = await findVersion(deps.pool, regulationId, version);
    if (row || Date.now() >= deadline) return row;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
