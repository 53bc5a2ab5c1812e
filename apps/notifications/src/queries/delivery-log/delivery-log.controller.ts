import { NOTIFICATIONS_PATTERNS, type ListBundleNotificationsRequest } from '@compliance/contracts';
import { createReplier } from '@compliance/service-kafka';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import type { Pool } from '@compliance/postgres';
import { listBundleNotifications } from './delivery-log.queries';

export const NOTIFICATIONS_POOL = Symbol('NOTIFICATIONS_POOL');

const reply = createReplier({ service: 'notifications' });

@Controller()
export class DeliveryLogController {
  constructor(@Inject(NOTIFICATIONS_POOL) private readonly pool: Pool) {}

  @MessagePattern(NOTIFICATIONS_PATTERNS.listBundleNotifications)
  list(@Payload() request: ListBundleNotificationsRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => listBundleNotifications(this.pool, request));
  }
}
