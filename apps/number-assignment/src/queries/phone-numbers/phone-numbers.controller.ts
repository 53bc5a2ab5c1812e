import {
  NUMBER_PATTERNS,
  type GetPhoneNumberRequest,
  type ListBundlePhoneNumbersRequest,
} from '@compliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type KafkaContext } from '@nestjs/microservices';
import { reply } from '../../kafka/reply';
import { NUMBERS_DEPS, type NumbersDeps } from '../../numbers-deps';
import { getPhoneNumber, getPhoneNumberHistory, listBundlePhoneNumbers } from './phone-numbers.queries';

@Controller()
export class PhoneNumbersQueriesController {
  constructor(@Inject(NUMBERS_DEPS) private readonly deps: NumbersDeps) {}

  @MessagePattern(NUMBER_PATTERNS.listBundlePhoneNumbers)
  list(@Payload() request: ListBundlePhoneNumbersRequest, @Ctx() context: KafkaContext) {
    return reply(context, (metadata) => listBundlePhoneNumbers(this.deps, request, metadata));
  }

  @MessagePattern(NUMBER_PATTERNS.getPhoneNumber)
  get(@Payload() request: GetPhoneNumberRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => getPhoneNumber(this.deps, request));
  }

  @MessagePattern(NUMBER_PATTERNS.getPhoneNumberHistory)
  history(@Payload() request: GetPhoneNumberRequest, @Ctx() context: KafkaContext) {
    return reply(context, () => getPhoneNumberHistory(this.deps, request));
  }
}
