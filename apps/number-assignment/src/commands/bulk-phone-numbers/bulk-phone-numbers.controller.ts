import { NUMBER_PATTERNS, type BulkPhoneNumbersRequest } from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { reply } from '../../kafka/reply';
import { NUMBERS_DEPS, type NumbersDeps } from '../../numbers-deps';
import { bulkPhoneNumbers } from './bulk-phone-numbers.handler';

@Controller()
export class BulkPhoneNumbersController {
  constructor(@Inject(NUMBERS_DEPS) private readonly deps: NumbersDeps) {}

  @MessagePattern(NUMBER_PATTERNS.bulkPhoneNumbers)
  handle(@Payload() request: BulkPhoneNumbersRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => bulkPhoneNumbers(this.deps, request, metadata));
  }
}
