import { createHash } from 'node:crypto';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiProblem } from '../errors/api-problem';

/** The one route that takes multipart bodies and files up to 10 MiB (API.md "documents"). */
export const DOCUMENT_UPLOAD_ROUTE = '/v1/accounts/:accountId/compliance/documents';
export const MAX_DOCUMENT_FILE_BYTES = 10 * 1024 * 1024;
const MAX_METADATA_BYTES = 16 * 1024;

export interface DocumentUpload {
  metadata: unknown;
  file: { bytes: Buffer; fileName: string | null; declaredMimeType: string | null } | null;
}

const UPLOAD = Symbol('documentUpload');

declare module 'fastify' {
  interface FastifyRequest {
    [UPLOAD]?: DocumentUpload;
  }
}

/** The parsed multipart upload of this request, or undefined for a JSON request. */
export function documentUploadOf(request: FastifyRequest): DocumentUpload | undefined {
  return request[UPLOAD];
}

function badPart(detail: string, field = 'multipart'): ApiProblem {
  return new ApiProblem(400, 'VALIDATION_FAILED', detail, [
    { field, code: 'INVALID_FORMAT', message: detail },
  ]);
}

function tooLarge(): ApiProblem {
  return new ApiProblem(413, 'PAYLOAD_TOO_LARGE', 'A document file is at most 10 MiB.');
}

function metadataOf(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw badPart('The metadata part is not valid JSON.', 'metadata');
  }
}

/** Reads a `metadata` part (JSON, at most 16 KiB) and an optional `file` part (at most 10 MiB); nothing else. */
async function readUpload(request: FastifyRequest): Promise<DocumentUpload> {
  let metadata: unknown = undefined;
  let file: DocumentUpload['file'] = null;
  try {
    const parts = request.parts({
      limits: {
        fileSize: MAX_DOCUMENT_FILE_BYTES,
        files: 2,
        fields: 2,
        parts: 3,
        fieldSize: MAX_METADATA_BYTES,
      },
    });
    for await (const part of parts) {
      if (part.fieldname === 'metadata' && metadata === undefined) {
        if (part.type === 'field') {
          if (part.valueTruncated) throw badPart('The metadata part is larger than 16 KiB.', 'metadata');
          metadata = metadataOf(part.value);
        } else {
          const bytes = await part.toBuffer();
          if (bytes.length > MAX_METADATA_BYTES)
            throw badPart('The metadata part is larger than 16 KiB.', 'metadata');
          metadata = metadataOf(bytes.toString('utf8'));
        }
      } else if (part.fieldname === 'file' && part.type === 'file' && file === null) {
        file = {
          bytes: await part.toBuffer(),
          fileName: part.filename || null,
          declaredMimeType: part.mimetype || null,
        };
      } else {
        if (part.type === 'file') part.file.resume();
        throw badPart(
          `Unexpected part '${part.fieldname.slice(0, 64)}': send one 'metadata' part and at most one 'file' part.`,
        );
      }
    }
  } catch (error) {
    if (error instanceof ApiProblem) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw badPart("Send one 'metadata' part and at most one 'file' part.");
    }
    if (code === 'FST_INVALID_JSON_FIELD_ERROR')
      throw badPart('The metadata part is not valid JSON.', 'metadata');
    if (code === 'FST_PROTO_VIOLATION') throw badPart('Prototype property names are not allowed.');
    // Busboy: a body cut short ("Unexpected end of form"), a missing boundary, malformed headers.
    throw badPart(
      `The multipart body is malformed: ${error instanceof Error ? error.message : 'unreadable'}.`,
    );
  }
  if (metadata === undefined)
    throw badPart("A 'metadata' part with the document as JSON is required.", 'metadata');
  return { metadata, file };
}

/**
 * Multipart bodies on the document upload route only (every other route keeps answering them 415). The upload is
 * read before the handler so that Idempotency-Key fingerprints cover it: the body becomes `{ metadata, file }` with the
 * file's SHA-256 in place of its bytes, which stay on the request for the handler.
 */
export async function registerDocumentUploads(fastify: FastifyInstance): Promise<void> {
  await fastify.register(fastifyMultipart, {
    limits: { fileSize: MAX_DOCUMENT_FILE_BYTES },
    throwFileSizeLimit: true,
  });
  fastify.addHook('preValidation', async (request: FastifyRequest) => {
    if (!request.isMultipart()) return;
    if (request.method !== 'POST' || request.routeOptions.url !== DOCUMENT_UPLOAD_ROUTE) {
      throw new ApiProblem(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'Send the request body as JSON with Content-Type: application/json.',
      );
    }
    const upload = await readUpload(request);
    request[UPLOAD] = upload;
    request.body = {
      metadata: upload.metadata,
      file: upload.file && {
        fileName: upload.file.fileName,
        size: upload.file.bytes.length,
        sha256: createHash('sha256').update(upload.file.bytes).digest('hex'),
      },
    };
  });
}
