import {
  IDENTITY_PATTERNS,
  type AssetIdRequest,
  type CreateAddressRequest,
  type ListAssetsRequest,
  type UpdateAddressRequest,
} from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { createAddress } from '../commands/create-address/create-address.handler';
import { deleteAddress } from '../commands/delete-address/delete-address.handler';
import { updateAddress } from '../commands/update-address/update-address.handler';
import { IDENTITY_DEPS, type IdentityDeps } from '../identity-deps';
import { getAddress, listAddresses } from '../queries/addresses/addresses.queries';
import { reply } from './reply';

@Controller()
export class AddressesController {
  constructor(@Inject(IDENTITY_DEPS) private readonly deps: IdentityDeps) {}

  @MessagePattern(IDENTITY_PATTERNS.createAddress)
  create(@Payload() request: CreateAddressRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => createAddress(this.deps, request, metadata));
  }

  @MessagePattern(IDENTITY_PATTERNS.listAddresses)
  list(@Payload() request: ListAssetsRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => listAddresses(this.deps, request));
  }

  @MessagePattern(IDENTITY_PATTERNS.getAddress)
  get(@Payload() request: AssetIdRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => getAddress(this.deps, request));
  }

  @MessagePattern(IDENTITY_PATTERNS.updateAddress)
  update(@Payload() request: UpdateAddressRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => updateAddress(this.deps, request, metadata));
  }

  @MessagePattern(IDENTITY_PATTERNS.deleteAddress)
  delete(@Payload() request: AssetIdRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => deleteAddress(this.deps, request, metadata));
  }
}
