import { Module } from '@nestjs/common';
import { NUMBERS_GATEWAY_OPTIONS, numbersGatewayOptionsFromEnv } from './numbers-gateway.options';
import { NumbersClient } from './numbers.client';
import { PhoneNumbersController } from './phone-numbers.controller';

/** Phone-number endpoints and the request-reply client to number-assignment. */
@Module({
  controllers: [PhoneNumbersController],
  providers: [
    { provide: NUMBERS_GATEWAY_OPTIONS, useFactory: () => numbersGatewayOptionsFromEnv() },
    NumbersClient,
  ],
})
export class PhoneNumbersModule {}
