import { bundleTopics, type BundlePatternName, type BundleTopics } from '@compliance/contracts';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';
import { LOGGER } from '../logging/logger.provider';
import { KafkaRequestClient } from '../messaging/kafka-request-client';
import { BUNDLES_GATEWAY_OPTIONS, type BundlesGatewayOptions } from './bundles-gateway.options';

/**
 * Request-reply with the bundle-lifecycle service. Every command carries ids chosen once per HTTP request (bundle,
 * item, evaluation, copy), so a timed-out attempt sent again creates nothing twice.
 */
@Injectable()
export class BundlesClient
  extends KafkaRequestClient<BundlePatternName, BundleTopics>
  implements OnModuleInit, OnApplicationShutdown
{
  constructor(
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    @Inject(BUNDLES_GATEWAY_OPTIONS) options: BundlesGatewayOptions,
    @Inject(LOGGER) logger: Logger,
  ) {
    super({
      service: 'bundle-lifecycle',
      topics: bundleTopics(options.namespace),
      config,
      logger,
      attemptTimeoutMs: options.attemptTimeoutMs,
      attempts: options.attempts,
    });
  }
}
