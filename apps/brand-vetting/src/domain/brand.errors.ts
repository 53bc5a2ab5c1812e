import { BRAND_REGISTRY_ERRORS, type IdentityStatus } from '@compliance/contracts';
import type { FieldError } from '@compliance/event-sourcing';

/**
 * A refusal of the campaign registry with its numeric code as the Bandwidth guide shows it (12210, 12185 with inner
 * errors such as 525). Always a 400; the gateway renders the code as `errorCode` (JSON) or `ErrorCode` (XML).
 */
export class RegistryError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly errors: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = 'RegistryError';
  }

  static revetNotAllowed(brandId: string, identityStatus: IdentityStatus): RegistryError {
    return new RegistryError(
      BRAND_REGISTRY_ERRORS.revetNotAllowed,
      `The Brand '${brandId}' with identity status '${identityStatus}' not allowed to revet`,
    );
  }

  static resubmissionWithSameInformation(): RegistryError {
    return new RegistryError(
      BRAND_REGISTRY_ERRORS.registryValidationFailed,
      'A call to the campaign registry service has failed validation.',
      [
        {
          field: 'brand',
          code: BRAND_REGISTRY_ERRORS.resubmissionWithSameInformation,
          message: 'Vetting re-submission not allowed with same brand information.',
        },
      ],
    );
  }
}
