import {
  brandTopics,
  isBrandRegistryErrorCode,
  type BrandPatternName,
  type BrandTopics,
} from '@compliance/contracts';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';
import { ApiProblem } from '../errors/api-problem';
import { LOGGER } from '../logging/logger.provider';
import { KafkaRequestClient } from '../messaging/kafka-request-client';
import { BRANDS_GATEWAY_OPTIONS, type BrandsGatewayOptions } from './brands-gateway.options';

/**
 * Request-reply with the brand-vetting service. Reads are repeatable; commands carry a command id (register,
 * revet, request vetting) or are idempotent by nature (import), so a timed-out attempt may be sent again.
 * The registry's numeric refusals (12210, 12185) become 400 VALIDATION_FAILED with `errorCode`.
 */
@Injectable()
export class BrandsClient
  extends KafkaRequestClient<BrandPatternName, BrandTopics>
  implements OnModuleInit, OnApplicationShutdown
{
  constructor(
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    @Inject(BRANDS_GATEWAY_OPTIONS) options: BrandsGatewayOptions,
    @Inject(LOGGER) logger: Logger,
  ) {
    super({
      service: 'brand-vetting',
      topics: brandTopics(options.namespace),
      config,
      logger,
      attemptTimeoutMs: options.attemptTimeoutMs,
      attempts: options.attempts,
    });
  }

  override async send<T>(pattern: BrandPatternName, payload: object, key?: string): Promise<T> {
    try {
      return await super.send<T>(pattern, payload, key);
    } catch (error) {
      if (error instanceof ApiProblem && isBrandRegistryErrorCode(error.code)) {
        throw new ApiProblem(
          400,
          'VALIDATION_FAILED',
          error.detail,
          error.errors ?? [],
          {},
          {
            errorCode: error.code,
          },
        );
      }
      throw error;
    }
  }
}
