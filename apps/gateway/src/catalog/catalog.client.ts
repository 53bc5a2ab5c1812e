import { catalogTopics, type CatalogPatternName, type CatalogTopics } from '@compliance/contracts';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';
import { LOGGER } from '../logging/logger.provider';
import { KafkaRequestClient } from '../messaging/kafka-request-client';
import { CATALOG_GATEWAY_OPTIONS, type CatalogGatewayOptions } from './catalog-gateway.options';

/**
 * Request-reply with the requirements-catalog service (see KafkaRequestClient). Reads are repeatable, and a publish
 * carries a command id and appends nothing when the spec equals the version in force, so a timed-out attempt may be
 * sent again.
 */
@Injectable()
export class CatalogClient
  extends KafkaRequestClient<CatalogPatternName, CatalogTopics>
  implements OnModuleInit, OnApplicationShutdown
{
  constructor(
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    @Inject(CATALOG_GATEWAY_OPTIONS) options: CatalogGatewayOptions,
    @Inject(LOGGER) logger: Logger,
  ) {
    super({
      service: 'catalog',
      topics: catalogTopics(options.namespace),
      config,
      logger,
      attemptTimeoutMs: options.attemptTimeoutMs,
      attempts: options.attempts,
    });
  }
}
