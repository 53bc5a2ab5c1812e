import { identityTopics, type IdentityPatternName, type IdentityTopics } from '@compliance/contracts';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';
import { LOGGER } from '../logging/logger.provider';
import { KafkaRequestClient } from '../messaging/kafka-request-client';
import { IDENTITY_GATEWAY_OPTIONS, type IdentityGatewayOptions } from './identity-gateway.options';

/**
 * Request-reply with identity-assets (see KafkaRequestClient). Creates carry the new asset's id chosen once per HTTP
 * request, so a timed-out attempt sent again records nothing twice; reads, updates and deletes are repeatable.
 */
@Injectable()
export class IdentityClient
  extends KafkaRequestClient<IdentityPatternName, IdentityTopics>
  implements OnModuleInit, OnApplicationShutdown
{
  constructor(
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    @Inject(IDENTITY_GATEWAY_OPTIONS) options: IdentityGatewayOptions,
    @Inject(LOGGER) logger: Logger,
  ) {
    super({
      service: 'identity',
      topics: identityTopics(options.namespace),
      config,
      logger,
      attemptTimeoutMs: options.attemptTimeoutMs,
      attempts: options.attempts,
    });
  }
}
