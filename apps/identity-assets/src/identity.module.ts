import { Module, type DynamicModule } from '@nestjs/common';
import { IDENTITY_DEPS, type IdentityDeps } from './identity-deps';
import { AddressesController } from './kafka/addresses.controller';
import { DocumentsController } from './kafka/documents.controller';
import { EndUsersController } from './kafka/end-users.controller';
import { InternalController } from './kafka/internal.controller';

@Module({})
export class IdentityModule {
  static register(deps: IdentityDeps): DynamicModule {
    return {
      module: IdentityModule,
      controllers: [EndUsersController, AddressesController, DocumentsController, InternalController],
      providers: [{ provide: IDENTITY_DEPS, useValue: deps }],
    };
  }
}
