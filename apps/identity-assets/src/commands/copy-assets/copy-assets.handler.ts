import {
  ID_PREFIX,
  isUlid,
  type BundleAssetType,
  type CopyAssetsReply,
  type CopyAssetsRequest,
} from '@compliance/contracts';
import {
  DomainError,
  handleCommand,
  loadAggregate,
  ValidationError,
  type CommandMetadata,
} from '@compliance/event-sourcing';
import { addressDecider, type AddressState } from '../../domain/address.decider';
import { documentDecider, type DocumentState } from '../../domain/document.decider';
import type { StoredFile } from '../../domain/document.events';
import { endUserDecider, type EndUserState } from '../../domain/end-user.decider';
import { assetNotFound, erasedEndUser } from '../../domain/identity.errors';
import type { IdentityDeps } from '../../identity-deps';
import { addressStreamId, documentStreamId, endUserStreamId } from '../../streams/identity.streams';
import { requireAccountId } from '../shared/checks';
import { copyIdOf } from './copy-id';

type Copy = CopyAssetsReply['copies'][number];
type Loaded =
  | { assetType: 'END_USER'; id: string; state: NonNullable<EndUserState> }
  | { assetType: 'ADDRESS'; id: string; state: NonNullable<AddressState> }
  | { assetType: 'DOCUMENT'; id: string; state: NonNullable<DocumentState> };

const ORDER: Record<BundleAssetType, number> = { END_USER: 0, ADDRESS: 1, DOCUMENT: 2 };

async function load(
  deps: IdentityDeps,
  accountId: string,
  assetType: BundleAssetType,
  id: string,
): Promise<Loaded> {
  const live = (s: { accountId: string; deleted: boolean } | null) =>
    s !== null && !s.deleted && s.accountId === accountId;
  switch (assetType) {
    case 'END_USER': {
      const { state } = await loadAggregate(deps.store, endUserStreamId(id), endUserDecider);
      if (!state || !live(state)) throw assetNotFound('end user', id);
      if (state.erased) throw erasedEndUser(id);
      return { assetType, id, state };
    }
    case 'ADDRESS': {
      const { state } = await loadAggregate(deps.store, addressStreamId(id), addressDecider);
      if (!state || !live(state)) throw assetNotFound('address', id);
      return { assetType, id, state };
    }
    case 'DOCUMENT': {
      const { state } = await loadAggregate(deps.store, documentStreamId(id), documentDecider);
      if (!state || !live(state)) throw assetNotFound('document', id);
      return { assetType, id, state };
    }
    default: {
      const _exhaustive: never = assetType;
      throw new ValidationError([
        { field: 'assets', code: 'VALUE_NOT_ALLOWED', message: `unknown asset type ${String(_exhaustive)}` },
      ]);
    }
  }
}

/**
 * `identity.copy-assets` (internal, bundle copies): every asset of the account, copied under a new id with the same
 * content re-sealed (a copied end user gets a key of its own; an address or document follows its end user's copy when
 * that is copied too, else keeps its subject's key), a document with its file re-sealed into a new blob. Any asset
 * missing → NOT_FOUND before anything is written. Copy ids derive from (commandId, source id): the same command again
 * finds its copies and writes nothing.
 */
export async function copyAssets(
  deps: IdentityDeps,
  request: CopyAssetsRequest,
  metadata: CommandMetadata,
): Promise<CopyAssetsReply> {
  const accountId = requireAccountId(request?.accountId);
  if (typeof request.commandId !== 'string' || !isUlid(request.commandId)) {
    throw new ValidationError([
      { field: 'commandId', code: 'INVALID_FORMAT', message: 'commandId must be a ULID.' },
    ]);
  }
  const commandId = request.commandId;
  const refs = Array.isArray(request.assets) ? request.assets : [];
  const loaded: Loaded[] = [];
  for (const ref of refs) loaded.push(await load(deps, accountId, ref.assetType, ref.assetId));
  const newIdOf = new Map<string, string>();
  for (const asset of loaded) {
    const prefix = { END_USER: ID_PREFIX.endUser, ADDRESS: ID_PREFIX.address, DOCUMENT: ID_PREFIX.document }[
      asset.assetType
    ];
    newIdOf.set(asset.id, copyIdOf(prefix, commandId, asset.id));
  }
  const subjectOf = (sourceAssetId: string, sourceSubjectId: string, copyId: string) => {
    if (sourceSubjectId === sourceAssetId) return { subjectId: copyId, endUserId: null };
    const endUserCopy = newIdOf.get(sourceSubjectId);
    return { subjectId: endUserCopy ?? sourceSubjectId, endUserId: endUserCopy ?? sourceSubjectId };
  };
  const meta = { accountId };
  const appended: string[] = [];

  for (const asset of [...loaded].sort((a, b) => ORDER[a.assetType] - ORDER[b.assetType])) {
    const copyId = newIdOf.get(asset.id)!;
    switch (asset.assetType) {
      case 'END_USER': {
        const streamId = endUserStreamId(copyId);
        if ((await loadAggregate(deps.store, streamId, endUserDecider)).state) break;
        const key = await deps.keys.existingKey(asset.id);
        if (!key) throw erasedEndUser(asset.id);
        const secret = deps.sealer.open<unknown>(key, asset.state.sealed, asset.id);
        const result = await handleCommand(deps.store, {
          streamId,
          decider: endUserDecider,
          command: {
            type: 'CreateEndUser',
            data: {
              endUserId: copyId,
              accountId,
              endUserType: asset.state.endUserType,
              sealed: await deps.sealer.seal(copyId, accountId, copyId, secret),
              copiedFrom: asset.id,
            },
            metadata,
          },
          metadata: meta,
        });
        appended.push(...result.events.map((event) => event.eventId));
        break;
      }
      case 'ADDRESS': {
        const streamId = addressStreamId(copyId);
        if ((await loadAggregate(deps.store, streamId, addressDecider)).state) break;
        const key = await deps.keys.existingKey(asset.state.subjectId);
        if (!key) throw erasedEndUser(asset.state.subjectId);
        const secret = deps.sealer.open<unknown>(key, asset.state.sealed, asset.id);
        const { subjectId, endUserId } = subjectOf(asset.id, asset.state.subjectId, copyId);
        const result = await handleCommand(deps.store, {
          streamId,
          decider: addressDecider,
          command: {
            type: 'CreateAddress',
            data: {
              addressId: copyId,
              accountId,
              subjectId,
              endUserId,
              sealed: await deps.sealer.seal(subjectId, accountId, copyId, secret),
              copiedFrom: asset.id,
            },
            metadata,
          },
          metadata: meta,
        });
        appended.push(...result.events.map((event) => event.eventId));
        break;
      }
      case 'DOCUMENT': {
        const streamId = documentStreamId(copyId);
        if ((await loadAggregate(deps.store, streamId, documentDecider)).state) break;
        const { state } = asset;
        const key = await deps.keys.existingKey(state.subjectId);
        if (!key) throw erasedEndUser(state.subjectId);
        const secret = deps.sealer.open<unknown>(key, state.sealed, asset.id);
        const { subjectId, endUserId } = subjectOf(asset.id, state.subjectId, copyId);
        let file: StoredFile | null = null;
        if (state.file && !state.fileDeleted) {
          const sealedBytes = await deps.files.get(state.file.storageKey);
          if (!sealedBytes)
            throw new DomainError('NOT_FOUND', `the file of document ${asset.id} is missing from the store`);
          const bytes = deps.sealer.openFile(key, sealedBytes, asset.id);
          const storageKey = await deps.files.put(
            await deps.sealer.sealFile(subjectId, accountId, copyId, bytes),
          );
          file = { ...state.file, storageKey };
        }
        const result = await handleCommand(deps.store, {
          streamId,
          decider: documentDecider,
          command: {
            type: 'CreateDocument',
            data: {
              documentId: copyId,
              accountId,
              subjectId,
              endUserId,
              documentType: state.documentType,
              sealed: await deps.sealer.seal(subjectId, accountId, copyId, secret),
              file,
              deleteFileAfterVerification: state.deleteFileAfterVerification,
              copiedFrom: asset.id,
            },
            metadata,
          },
          metadata: meta,
        });
        appended.push(...result.events.map((event) => event.eventId));
        break;
      }
      default: {
        const _exhaustive: never = asset;
        return _exhaustive;
      }
    }
  }
  // The copies are readable (evaluation, GET) as soon as the reply arrives.
  await deps.awaitReadModel(appended);
  const copies: Copy[] = loaded.map((asset) => ({
    assetType: asset.assetType,
    sourceAssetId: asset.id,
    assetId: newIdOf.get(asset.id)!,
  }));
  return { copies };
}
