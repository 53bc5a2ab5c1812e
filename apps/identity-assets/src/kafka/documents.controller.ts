import {
  IDENTITY_PATTERNS,
  type AssetIdRequest,
  type CreateDocumentRequest,
  type ListAssetsRequest,
  type UpdateDocumentRequest,
} from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { createDocument } from '../commands/create-document/create-document.handler';
import { deleteDocument } from '../commands/delete-document/delete-document.handler';
import { updateDocument } from '../commands/update-document/update-document.handler';
import { IDENTITY_DEPS, type IdentityDeps } from '../identity-deps';
import { getDocument, listDocuments } from '../queries/documents/documents.queries';
import { reply } from './reply';

/** Documents over Kafka; a document WITH a file is created through the internal HTTP endpoint (ADR 0007). */
@Controller()
export class DocumentsController {
  constructor(@Inject(IDENTITY_DEPS) private readonly deps: IdentityDeps) {}

  @MessagePattern(IDENTITY_PATTERNS.createDocument)
  create(@Payload() request: CreateDocumentRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => createDocument(this.deps, request, null, metadata));
  }

  @MessagePattern(IDENTITY_PATTERNS.listDocuments)
  list(@Payload() request: ListAssetsRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => listDocuments(this.deps, request));
  }

  @MessagePattern(IDENTITY_PATTERNS.getDocument)
  get(@Payload() request: AssetIdRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => getDocument(this.deps, request));
  }

  @MessagePattern(IDENTITY_PATTERNS.updateDocument)
  update(@Payload() request: UpdateDocumentRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => updateDocument(this.deps, request, metadata));
  }

  @MessagePattern(IDENTITY_PATTERNS.deleteDocument)
  delete(@Payload() request: AssetIdRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => deleteDocument(this.deps, request, metadata));
  }
}
