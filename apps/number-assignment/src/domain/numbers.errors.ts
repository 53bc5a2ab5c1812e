import { DomainError } from '@compliance/event-sourcing';
import type { PhoneNumberErrorCode } from '@compliance/contracts';

/**
 * One number of a bulk request cannot be added or removed. Not an API error: the bulk handler turns it into a FAILED
 * result for that number and goes on with the others.
 */
export class PhoneNumberRefused extends Error {
  constructor(
    readonly code: PhoneNumberErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PhoneNumberRefused';
  }
}

/** A request the service refuses as a whole (bad shape, acknowledgement missing). */
export class NumbersRequestError extends DomainError {}
