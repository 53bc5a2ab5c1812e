import {
  CATALOG_PATTERNS,
  type CityInfoRequest,
  type GetDocumentTypeRequest,
  type GetEndUserTypeRequest,
} from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { CATALOG_DEPS, type CatalogDeps } from '../../catalog-runtime';
import { reply } from '../../kafka/reply';
import {
  cityInfo,
  findDocumentType,
  findEndUserType,
  listDocumentTypes,
  listEndUserTypes,
} from './reference.queries';

@Controller()
export class ReferenceQueriesController {
  constructor(@Inject(CATALOG_DEPS) private readonly deps: CatalogDeps) {}

  @MessagePattern(CATALOG_PATTERNS.listEndUserTypes)
  listEndUserTypes(@Ctx() context: KafkaContext) {
    return reply(context, () => Promise.resolve(listEndUserTypes(this.deps.runtime)));
  }

  @MessagePattern(CATALOG_PATTERNS.getEndUserType)
  getEndUserType(@Payload() request: GetEndUserTypeRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => Promise.resolve(findEndUserType(this.deps.runtime, request?.type)));
  }

  @MessagePattern(CATALOG_PATTERNS.listDocumentTypes)
  listDocumentTypes(@Ctx() context: KafkaContext) {
    return reply(context, () => Promise.resolve(listDocumentTypes(this.deps.runtime)));
  }

  @MessagePattern(CATALOG_PATTERNS.getDocumentType)
  getDocumentType(@Payload() request: GetDocumentTypeRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => Promise.resolve(findDocumentType(this.deps.runtime, request?.type)));
  }

  @MessagePattern(CATALOG_PATTERNS.cityInfo)
  cityInfo(@Payload() request: CityInfoRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => Promise.resolve(cityInfo(this.deps.runtime, request)));
  }
}
