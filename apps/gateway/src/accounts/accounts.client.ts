import { accountsTopics, type AccountsPatternName, type AccountsTopics } from '@compliance/contracts';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';
import { LOGGER } from '../logging/logger.provider';
import { KafkaRequestClient } from '../messaging/kafka-request-client';
import { ACCOUNTS_GATEWAY_OPTIONS, type AccountsGatewayOptions } from './accounts-gateway.options';

/**
 * Request-reply with the accounts service (see KafkaRequestClient). Every accounts command is idempotent (command
 * id, or revocation of a revoked key), so a timed-out attempt may be sent again.
 */
@Injectable()
export class AccountsClient
  extends KafkaRequestClient<AccountsPatternName, AccountsTopics>
  implements OnModuleInit, OnApplicationShutdown
{
  constructor(
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    @Inject(ACCOUNTS_GATEWAY_OPTIONS) options: AccountsGatewayOptions,
    @Inject(LOGGER) logger: Logger,
  ) {
    super({
      service: 'accounts',
      topics: accountsTopics(options.namespace),
      config,
      logger,
      attemptTimeoutMs: options.attemptTimeoutMs,
      attempts: options.attempts,
    });
  }
}
