import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

export const BEARER_SCHEME = 'apiKey';

const DESCRIPTION = `
Public REST API of the compliance platform: requirements, end users, addresses, documents, bundles,
phone numbers, 10DLC brands and the audit trail.

## Authentication
Send \`Authorization: Bearer <apiKey>\` on every request except \`/health\` and \`/docs\`. Keys are stored only as
hashes. Roles: \`CUSTOMER\` (one account), \`REVIEWER\` and \`ADMIN\` (platform staff). No key, an unknown or a revoked
key: **401** \`UNAUTHENTICATED\` with \`WWW-Authenticate: Bearer\`. A customer key on another account's path or on any
\`/v1/admin\` path: **403** \`FORBIDDEN\`. A resource of another account answers like an unknown one: **404**.

## Errors
Every error is RFC 9457 \`application/problem+json\`:
\`{ "type", "title", "status", "detail", "code", "errors": [{ "field", "code", "message" }] }\`.
\`code\` is stable (UPPER_SNAKE); branch on it, not on \`detail\`. Validation lists every bad field at once; unknown
body fields are rejected (400 \`VALIDATION_FAILED\`, field code \`UNKNOWN_FIELD\`), malformed JSON is 400, bodies over
1 MiB are 413 \`PAYLOAD_TOO_LARGE\`, bodies that are not \`application/json\` are 415 \`UNSUPPORTED_MEDIA_TYPE\`.
503 \`DEPENDENCY_UNAVAILABLE\` comes with \`Retry-After\` and means nothing was written.

## Request ids
Send \`X-Request-Id\` and \`X-Correlation-Id\` (up to 128 of \`A-Z a-z 0-9 . _ : -\`) or let the gateway generate them;
both are echoed on every response, logged, and recorded in the metadata of the events your request causes
(correlation id; causation id = request id).

## Idempotency
Send \`Idempotency-Key\` (1 to 255 visible ASCII characters) on any POST. Keys are scoped to your API key's principal.
The same key with the same method, path and body returns the first successful response again, status and body, for
24 hours (with header \`Idempotent-Replayed: true\`). The same key with a different request: 422 \`IDEMPOTENCY_KEY_REUSED\`.
While the first request is still running: 409 \`CONCURRENT_MODIFICATION\` with \`Retry-After\`. Failed requests are not
stored (they wrote nothing), so retry them with the same key.

## Lists and paging
Every list is \`{ "data": [...], "nextPageToken": string | null }\`. \`?pageSize=\` (default 20, max 100) and
\`?pageToken=\` (the previous response's \`nextPageToken\`; opaque). Lists are ordered and stable under paging.

## Rate limits
Over the limit: 429 \`RATE_LIMITED\` with \`Retry-After\` (seconds).
`.trim();

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Compliance API')
    .setDescription(DESCRIPTION)
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'The API key' }, BEARER_SCHEME)
    .addSecurityRequirements(BEARER_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.components = {
    ...document.components,
    schemas: {
      ...document.components?.schemas,
      Problem: {
        type: 'object',
        required: ['type', 'title', 'status', 'detail', 'code', 'errors'],
        properties: {
          type: { type: 'string', format: 'uri' },
          title: { type: 'string' },
          status: { type: 'integer' },
          detail: { type: 'string' },
          code: { type: 'string', example: 'VALIDATION_FAILED' },
          errors: {
            type: 'array',
            items: {
              type: 'object',
              required: ['field', 'code', 'message'],
              properties: {
                field: { type: 'string' },
                code: { type: 'string' },
                message: { type: 'string' },
              },
            },
          },
        },
      },
    },
  };
  return document;
}

/** Swagger UI at /docs, the OpenAPI 3 document at /docs-json. */
export function setUpOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs-json',
    yamlDocumentUrl: 'docs-yaml',
    customSiteTitle: 'Compliance API',
  });
}
