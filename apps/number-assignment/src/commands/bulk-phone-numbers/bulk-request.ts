import {
  BULK_PHONE_NUMBER_ACTIONS,
  MAX_BULK_PHONE_NUMBERS,
  type BulkPhoneNumberAction,
  type FieldError,
} from '@compliance/contracts';
import { DomainError, ValidationError } from '@compliance/event-sourcing';

export interface BulkRequest {
  accountId: string;
  bundleId: string;
  action: BulkPhoneNumberAction;
  phoneNumbers: unknown[];
}

/**
 * The request as a whole: its shape (400 listing every bad field) and the acknowledgement (422). The numbers'
 * content is judged one by one later, so one bad number never fails the request.
 */
export function parseBulkRequest(request: unknown): BulkRequest {
  const body = (typeof request === 'object' && request !== null ? request : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const text = (field: string): string => {
    const value = body[field];
    if (typeof value === 'string' && value.length > 0 && value.length <= 100) return value;
    errors.push({ field, code: 'REQUIRED', message: `${field} is required.` });
    return '';
  };
  const accountId = text('accountId');
  const bundleId = text('bundleId');
  const action = body.action;
  if (!(BULK_PHONE_NUMBER_ACTIONS as readonly unknown[]).includes(action)) {
    errors.push({
      field: 'action',
      code: 'VALUE_NOT_ALLOWED',
      message: `action is one of ${BULK_PHONE_NUMBER_ACTIONS.join(', ')}.`,
    });
  }
  const phoneNumbers = body.phoneNumbers;
  if (
    !Array.isArray(phoneNumbers) ||
    phoneNumbers.length < 1 ||
    phoneNumbers.length > MAX_BULK_PHONE_NUMBERS
  ) {
    errors.push({
      field: 'phoneNumbers',
      code: Array.isArray(phoneNumbers) ? 'WRONG_SIZE' : 'REQUIRED',
      message: `phoneNumbers is a list of 1 to ${MAX_BULK_PHONE_NUMBERS} numbers in E.164.`,
    });
  }
  if (errors.length > 0) throw new ValidationError(errors, 'The request is not valid; see errors.');
  if (body.allDetailsAccurate !== true) {
    throw new DomainError(
      'ACKNOWLEDGEMENT_REQUIRED',
      'Confirm that every detail of the bundle is accurate: set allDetailsAccurate to true.',
      {},
      [
        {
          field: 'allDetailsAccurate',
          code: 'ACKNOWLEDGEMENT_REQUIRED',
          message: 'allDetailsAccurate must be true.',
        },
      ],
    );
  }
  return {
    accountId,
    bundleId,
    action: action as BulkPhoneNumberAction,
    phoneNumbers: phoneNumbers as unknown[],
  };
}
