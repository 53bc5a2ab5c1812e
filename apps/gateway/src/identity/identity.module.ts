import { Module } from '@nestjs/common';
import { AddressesController } from './addresses.controller';
import { AdminEndUsersController } from './admin-end-users.controller';
import { DocumentsController } from './documents.controller';
import { EndUsersController } from './end-users.controller';
import { IDENTITY_GATEWAY_OPTIONS, identityGatewayOptionsFromEnv } from './identity-gateway.options';
import { IdentityFilesClient } from './identity-files.client';
import { IdentityClient } from './identity.client';

/** Identity-asset endpoints (end users, addresses, documents, erasure) and the clients to identity-assets. */
@Module({
  controllers: [EndUsersController, AddressesController, DocumentsController, AdminEndUsersController],
  providers: [
    { provide: IDENTITY_GATEWAY_OPTIONS, useFactory: () => identityGatewayOptionsFromEnv() },
    IdentityClient,
    IdentityFilesClient,
  ],
})
export class IdentityModule {}
