import { numberTopics, type NumberPatternName, type NumberTopics } from '@compliance/contracts';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';
import { LOGGER } from '../logging/logger.provider';
import { KafkaRequestClient } from '../messaging/kafka-request-client';
import { NUMBERS_GATEWAY_OPTIONS, type NumbersGatewayOptions } from './numbers-gateway.options';

/**
 * Request-reply with number-assignment (see KafkaRequestClient). Reads are repeatable, and a bulk request sent again
 * changes nothing a first attempt already did (a number already on the bundle answers its status), so a timed-out
 * attempt may be repeated.
 */
@Injectable()
export class NumbersClient
  extends KafkaRequestClient<NumberPatternName, NumberTopics>
  implements OnModuleInit, OnApplicationShutdown
{
  constructor(
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    @Inject(NUMBERS_GATEWAY_OPTIONS) options: NumbersGatewayOptions,
    @Inject(LOGGER) logger: Logger,
  ) {
    super({
      service: 'number-assignment',
      topics: numberTopics(options.namespace),
      config,
      logger,
      attemptTimeoutMs: options.attemptTimeoutMs,
      attempts: options.attempts,
    });
  }
}
