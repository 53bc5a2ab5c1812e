import {
  IDENTITY_PATTERNS,
  type AssetIdRequest,
  type CreateEndUserRequest,
  type EraseEndUserRequest,
  type ListAssetsRequest,
  type UpdateEndUserRequest,
} from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { createEndUser } from '../commands/create-end-user/create-end-user.handler';
import { deleteEndUser } from '../commands/delete-end-user/delete-end-user.handler';
import { eraseEndUser } from '../commands/erase-end-user/erase-end-user.handler';
import { updateEndUser } from '../commands/update-end-user/update-end-user.handler';
import { IDENTITY_DEPS, type IdentityDeps } from '../identity-deps';
import { getEndUser, listEndUsers } from '../queries/end-users/end-users.queries';
import { reply } from './reply';

@Controller()
export class EndUsersController {
  constructor(@Inject(IDENTITY_DEPS) private readonly deps: IdentityDeps) {}

  @MessagePattern(IDENTITY_PATTERNS.createEndUser)
  create(@Payload() request: CreateEndUserRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => createEndUser(this.deps, request, metadata));
  }

  @MessagePattern(IDENTITY_PATTERNS.listEndUsers)
  list(@Payload() request: ListAssetsRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => listEndUsers(this.deps, request));
  }

  @MessagePattern(IDENTITY_PATTERNS.getEndUser)
  get(@Payload() request: AssetIdRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => getEndUser(this.deps, request));
  }

  @MessagePattern(IDENTITY_PATTERNS.updateEndUser)
  update(@Payload() request: UpdateEndUserRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => updateEndUser(this.deps, request, metadata));
  }

  @MessagePattern(IDENTITY_PATTERNS.deleteEndUser)
  delete(@Payload() request: AssetIdRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => deleteEndUser(this.deps, request, metadata));
  }

  @MessagePattern(IDENTITY_PATTERNS.eraseEndUser)
  erase(@Payload() request: EraseEndUserRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => eraseEndUser(this.deps, request, metadata));
  }
}
