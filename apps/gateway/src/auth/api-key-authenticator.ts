import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { hashApiKey } from '@compliance/contracts';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';
import { ApiKeyRepository } from './api-key.repository';
import type { Principal } from './principal';

export const BOOTSTRAP_PRINCIPAL: Principal = {
  principalId: 'staff_bootstrap',
  role: 'ADMIN',
  accountId: null,
  apiKeyId: 'key_bootstrap',
};

/** API key → principal: the bootstrap ADMIN key from the environment, else a live row of `gateway.api_keys`. */
@Injectable()
export class ApiKeyAuthenticator {
  private readonly bootstrapHash: Buffer | null;

  constructor(
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    private readonly apiKeys: ApiKeyRepository,
  ) {
    this.bootstrapHash = config.adminApiKey ? Buffer.from(hashApiKey(config.adminApiKey), 'hex') : null;
  }

  async authenticate(apiKey: string): Promise<Principal | null> {
    const keyHash = hashApiKey(apiKey);
    // Hashes have equal length, so the comparison's time does not depend on how much of the key matches.
    if (this.bootstrapHash && timingSafeEqual(this.bootstrapHash, Buffer.from(keyHash, 'hex'))) {
      return BOOTSTRAP_PRINCIPAL;
    }
    return this.apiKeys.findActiveByHash(keyHash);
  }
}
