import { Module } from '@nestjs/common';
import { AddressesController } from './addresses.controller';
import { AdminEndUsersController } from './admin-end-users.controller';
import { EndUsersController } from './end-users.controller';
import { IDENTITY_GATEWAY_OPTIONS, identityGatewayOptionsFromEnv } from './identity-gateway.options';
import { IdentityClient } from './identity.client';

/** Identity-asset endpoints (end users, addresses, documents, erasure) and the clients to identity-assets. */
@Module({
  controllers: [EndUsersController, AddressesController, AdminEndUsersController],
  providers: [
    { provide: IDENTITY_GATEWAY_OPTIONS, useFactory: () => identityGatewayOptionsFromEnv() },
    IdentityClient,
  ],
})
export class IdentityModule {}
