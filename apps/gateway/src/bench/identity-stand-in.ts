import { randomUUID } from 'node:crypto';
import {
  IDENTITY_PATTERNS,
  type AssetRef,
  type CopyAssetsReply,
  type CopyAssetsRequest,
  type EvaluationAddress,
  type EvaluationDocument,
  type EvaluationEndUser,
  type GetAssetsForEvaluationReply,
  type GetAssetsForEvaluationRequest,
  ID_PREFIX,
  newId,
  serviceError,
} from '@compliance/contracts';
import { serviceKafkaServer } from '@compliance/service-kafka';
import { Controller, Inject, Module, type DynamicModule, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MessagePattern, Payload } from '@nestjs/microservices';

type Stored =
  | { accountId: string; assetType: 'END_USER'; asset: EvaluationEndUser }
  | { accountId: string; assetType: 'ADDRESS'; asset: EvaluationAddress }
  | { accountId: string; assetType: 'DOCUMENT'; asset: EvaluationDocument };

/**
 * A stand-in for identity-assets' two internal patterns, answering on the real broker from memory, until the real
 * service is on main. It keeps the contract's rules: only the named account's assets, `missing` for the rest,
 * copies with new ids, the same commandId answering the same copies.
 */
export class FakeIdentityStore {
  readonly assets = new Map<string, Stored>();
  private readonly copies = new Map<string, CopyAssetsReply>();
  requests = 0;

  endUser(accountId: string, type: 'INDIVIDUAL' | 'BUSINESS', fields: Record<string, string>): string {
    const endUserId = newId(ID_PREFIX.endUser);
    this.assets.set(endUserId, {
      accountId,
      assetType: 'END_USER',
      asset: { endUserId, type, erased: false, fields },
    });
    return endUserId;
  }

  address(
    accountId: string,
    fields: Partial<EvaluationAddress> & { postalCode: string; country: string },
  ): string {
    const addressId = newId(ID_PREFIX.address);
    this.assets.set(addressId, {
      accountId,
      assetType: 'ADDRESS',
      asset: {
        addressId,
        erased: false,
        customerName: 'Customer',
        street: 'Street 1',
        streetSecondary: null,
        city: 'City',
        region: null,
        ...fields,
      },
    });
    return addressId;
  }

  document(
    accountId: string,
    type: string,
    fields: Record<string, string>,
    fileContentExists = true,
  ): string {
    const documentId = newId(ID_PREFIX.document);
    this.assets.set(documentId, {
      accountId,
      assetType: 'DOCUMENT',
      asset: {
        documentId,
        type,
        erased: false,
        fields,
        fileContentExists,
        mimeType: fileContentExists ? 'application/pdf' : null,
      },
    });
    return documentId;
  }

  /** Changes an asset's fields (as a PATCH of identity-assets would). */
  patch(assetId: string, change: (asset: Stored['asset']) => void): void {
    const stored = this.assets.get(assetId);
    if (!stored) throw new Error(`no asset ${assetId}`);
    change(stored.asset);
  }

  find(request: GetAssetsForEvaluationRequest): GetAssetsForEvaluationReply {
    this.requests += 1;
    const reply: GetAssetsForEvaluationReply = { endUsers: [], addresses: [], documents: [], missing: [] };
    for (const ref of request.assets) {
      const stored = this.assets.get(ref.assetId);
      if (!stored || stored.accountId !== request.accountId || stored.assetType !== ref.assetType) {
        reply.missing.push(ref);
      } else if (stored.assetType === 'END_USER') reply.endUsers.push(structuredClone(stored.asset));
      else if (stored.assetType === 'ADDRESS') reply.addresses.push(structuredClone(stored.asset));
      else reply.documents.push(structuredClone(stored.asset));
    }
    return reply;
  }

  copy(request: CopyAssetsRequest): CopyAssetsReply | ReturnType<typeof serviceError> {
    const known = this.copies.get(request.commandId);
    if (known) return known;
    const missing = request.assets.filter((ref: AssetRef) => {
      const stored = this.assets.get(ref.assetId);
      return !stored || stored.accountId !== request.accountId;
    });
    if (missing.length > 0) return serviceError('NOT_FOUND', 404, `asset ${missing[0]!.assetId} not found`);
    const reply: CopyAssetsReply = {
      copies: request.assets.map((ref) => {
        const stored = structuredClone(this.assets.get(ref.assetId)!);
        const prefix = {
          END_USER: ID_PREFIX.endUser,
          ADDRESS: ID_PREFIX.address,
          DOCUMENT: ID_PREFIX.document,
        }[ref.assetType];
        const assetId = newId(prefix);
        if (stored.assetType === 'END_USER') stored.asset.endUserId = assetId;
        else if (stored.assetType === 'ADDRESS') stored.asset.addressId = assetId;
        else stored.asset.documentId = assetId;
        this.assets.set(assetId, stored);
        return { assetType: ref.assetType, sourceAssetId: ref.assetId, assetId };
      }),
    };
    this.copies.set(request.commandId, reply);
    return reply;
  }
}

const STORE = Symbol('FAKE_IDENTITY_STORE');

@Controller()
class FakeIdentityController {
  constructor(@Inject(STORE) private readonly store: FakeIdentityStore) {}

  @MessagePattern(IDENTITY_PATTERNS.getAssetsForEvaluation)
  find(@Payload() request: GetAssetsForEvaluationRequest) {
    return this.store.find(request);
  }

  @MessagePattern(IDENTITY_PATTERNS.copyAssets)
  copy(@Payload() request: CopyAssetsRequest) {
    return this.store.copy(request);
  }
}

@Module({})
class FakeIdentityModule {
  static register(store: FakeIdentityStore): DynamicModule {
    return {
      module: FakeIdentityModule,
      controllers: [FakeIdentityController],
      providers: [{ provide: STORE, useValue: store }],
    };
  }
}

export async function startFakeIdentity(
  namespace: string,
): Promise<{ store: FakeIdentityStore; app: INestMicroservice }> {
  const store = new FakeIdentityStore();
  const app = await NestFactory.createMicroservice(FakeIdentityModule.register(store), {
    strategy: serviceKafkaServer({
      clientId: `fake-identity-${randomUUID().slice(0, 8)}`,
      brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
      consumerGroup: 'identity-assets',
      namespace,
      requestPartitions: 3,
    }),
    logger: ['error'],
  });
  await app.listen();
  return { store, app };
}
