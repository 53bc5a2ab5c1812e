import {
  notificationsTopics,
  type NotificationsPatternName,
  type NotificationsTopics,
} from '@compliance/contracts';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';
import { LOGGER } from '../logging/logger.provider';
import { KafkaRequestClient } from '../messaging/kafka-request-client';
import {
  NOTIFICATIONS_GATEWAY_OPTIONS,
  type NotificationsGatewayOptions,
} from './notifications-gateway.options';

/** Request-reply with the notifications service (see KafkaRequestClient); its requests are reads. */
@Injectable()
export class NotificationsClient
  extends KafkaRequestClient<NotificationsPatternName, NotificationsTopics>
  implements OnModuleInit, OnApplicationShutdown
{
  constructor(
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    @Inject(NOTIFICATIONS_GATEWAY_OPTIONS) options: NotificationsGatewayOptions,
    @Inject(LOGGER) logger: Logger,
  ) {
    super({
      service: 'notifications',
      topics: notificationsTopics(options.namespace),
      config,
      logger,
      attemptTimeoutMs: options.attemptTimeoutMs,
      attempts: options.attempts,
    });
  }
}
