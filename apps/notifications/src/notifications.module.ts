import { Module, type DynamicModule } from '@nestjs/common';
import type { Pool } from '@compliance/postgres';
import { DeliveryLogController, NOTIFICATIONS_POOL } from './queries/delivery-log/delivery-log.controller';

/** The request-reply side of the service: reads of the delivery log for the gateway. */
@Module({})
export class NotificationsModule {
  static register(pool: Pool): DynamicModule {
    return {
      module: NotificationsModule,
      controllers: [DeliveryLogController],
      providers: [{ provide: NOTIFICATIONS_POOL, useValue: pool }],
    };
  }
}
