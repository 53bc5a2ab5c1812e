import { Module } from '@nestjs/common';
import { BundleNotificationsController } from './bundle-notifications.controller';
import { NotificationsClient } from './notifications.client';
import {
  NOTIFICATIONS_GATEWAY_OPTIONS,
  notificationsGatewayOptionsFromEnv,
} from './notifications-gateway.options';

/** The delivery-log endpoint and the request-reply client to the notifications service. */
@Module({
  controllers: [BundleNotificationsController],
  providers: [
    { provide: NOTIFICATIONS_GATEWAY_OPTIONS, useFactory: () => notificationsGatewayOptionsFromEnv() },
    NotificationsClient,
  ],
})
export class NotificationsModule {}
