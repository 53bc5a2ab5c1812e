import { Module, type DynamicModule } from '@nestjs/common';
import { BulkPhoneNumbersController } from './commands/bulk-phone-numbers/bulk-phone-numbers.controller';
import { NUMBERS_DEPS, type NumbersDeps } from './numbers-deps';
import { PhoneNumbersQueriesController } from './queries/phone-numbers/phone-numbers.controller';

@Module({})
export class NumbersModule {
  static register(deps: NumbersDeps): DynamicModule {
    return {
      module: NumbersModule,
      controllers: [BulkPhoneNumbersController, PhoneNumbersQueriesController],
      providers: [{ provide: NUMBERS_DEPS, useValue: deps }],
    };
  }
}
