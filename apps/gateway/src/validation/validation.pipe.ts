import { ValidationPipe } from '@nestjs/common';
import { ApiProblem } from '../errors/api-problem';
import { fieldErrors } from './validation-errors';

/** class-validator DTOs: unknown fields rejected, every bad field listed in one 400 VALIDATION_FAILED. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => {
      const fields = fieldErrors(errors);
      return new ApiProblem(
        400,
        'VALIDATION_FAILED',
        fields.length === 1 ? '1 field is invalid.' : `${fields.length} fields are invalid.`,
        fields,
      );
    },
  });
}
