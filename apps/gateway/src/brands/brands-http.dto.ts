import { applyDecorators } from '@nestjs/common';
import { ApiConsumes, ApiHeader, ApiProduces, ApiResponse } from '@nestjs/swagger';

const PROBLEMS: Readonly<Record<number, string>> = {
  400:
    'VALIDATION_FAILED: every bad field (or XML element) is listed in `errors`. Refusals of the registry carry its ' +
    'numeric code in `errorCode` (XML: `ResponseStatus/ErrorCode`): 12210 (revet of a brand that is not UNVERIFIED), ' +
    '12185 with the inner error 525 in `errors` (the same vetting request again with unchanged brand information).',
  401: 'UNAUTHENTICATED: no key, an unknown or a revoked key.',
  403: "FORBIDDEN: a customer key on another account's path.",
  404: "NOT_FOUND: no such brand in this account (another account's brand is unknown here).",
  415: 'UNSUPPORTED_MEDIA_TYPE: send JSON or XML.',
  429:
    'RATE_LIMITED: per account on the brand paths, 30 requests a minute: at most 20 GET and 10 PUT/POST/DELETE in a ' +
    'minute; `Retry-After` says in how many seconds the next one is accepted.',
  503: 'DEPENDENCY_UNAVAILABLE: the brand-vetting service did not answer; retry after `Retry-After` seconds.',
};

/** The RFC 9457 answers of a brand endpoint (or the guide's XML error body with `Accept: application/xml`). */
export function ApiBrandProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: PROBLEMS[status] ?? 'Problem details',
        content: {
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
          'application/xml': {
            schema: { type: 'string' },
            example:
              '<BrandVettingResponse><ResponseStatus><ErrorCode>12185</ErrorCode><Description>A call to the campaign ' +
              'registry service has failed validation.</Description></ResponseStatus><Errors><Error><Code>525</Code>' +
              '<Description>Vetting re-submission not allowed with same brand information.</Description>' +
              '<Field>brand</Field></Error></Errors></BrandVettingResponse>',
          },
        },
      }),
    ),
  );
}

/** JSON by default; the Bandwidth guide's XML with `Content-Type`/`Accept: application/xml`. */
export function ApiJsonOrXml(withBody: boolean): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...(withBody ? [ApiConsumes('application/json', 'application/xml', 'text/xml')] : []),
    ApiProduces('application/json', 'application/xml'),
    ApiHeader({
      name: 'Accept',
      required: false,
      description:
        '`application/xml` for the XML of the Bandwidth brand-vetting guide (also chosen when the request is XML).',
    }),
  );
}
