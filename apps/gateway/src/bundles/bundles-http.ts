import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

const PROBLEM_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'VALIDATION_FAILED: every bad parameter or field is listed in `errors`.',
  401: 'UNAUTHENTICATED: no key, an unknown or a revoked key.',
  403: "FORBIDDEN: a customer key on another account's path, or a customer key on an admin path.",
  404: 'NOT_FOUND: unknown id, or one of another account (bundle, item, asset, evaluation).',
  409:
    'BUNDLE_NOT_EDITABLE (items outside DRAFT/REJECTED), INVALID_STATUS_TRANSITION, RETENTION_HOLD (phone numbers, ' +
    'retention period) or CONCURRENT_MODIFICATION (retry).',
  422:
    'ACKNOWLEDGEMENT_REQUIRED (submit without acknowledgements.allDetailsAccurate = true) or EVALUATION_FAILED ' +
    '(the body carries `evaluation` with what to fix).',
  503: 'DEPENDENCY_UNAVAILABLE: a service did not answer; nothing was written. Retry after `Retry-After` seconds.',
};

/** RFC 9457 answers of a bundle endpoint (the `Problem` schema of the OpenAPI document). */
export function BundleProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem details',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      }),
    ),
  );
}
