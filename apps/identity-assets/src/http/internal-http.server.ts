import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serviceError, type CreateDocumentRequest } from '@compliance/contracts';
import { commandMetadataFromHeaders } from '@compliance/service-kafka';
import { createDocument } from '../commands/create-document/create-document.handler';
import { FileRejectedError, MAX_FILE_BYTES } from '../domain/file-errors';
import type { IdentityDeps } from '../identity-deps';
import { toErrorReply } from '../kafka/reply';
import { readDocumentFile } from '../queries/document-file/document-file.query';

/** Header carrying the document's metadata (base64url JSON) beside the file bytes of an upload. */
export const DOCUMENT_METADATA_HEADER = 'x-identity-document';

const UPLOAD = /^\/internal\/v1\/accounts\/([^/]+)\/documents$/;
const DOWNLOAD = /^\/internal\/v1\/accounts\/([^/]+)\/documents\/([^/]+)\/file$/;

class BadUpload extends Error {}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

function sendError(response: ServerResponse, error: unknown): void {
  if (error instanceof BadUpload) {
    sendJson(response, 400, serviceError('VALIDATION_FAILED', 400, error.message));
    return;
  }
  const reply = toErrorReply(error);
  sendJson(response, reply.error.status, reply);
}

/** The body, at most `limit` bytes (one more means too large: the rest is drained so the caller reads the answer). */
async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) tooLarge = true;
    else chunks.push(chunk);
  }
  if (tooLarge) throw new FileRejectedError('PAYLOAD_TOO_LARGE', 'A document file is at most 10 MiB.');
  return Buffer.concat(chunks, size);
}

function uploadRequest(
  request: IncomingMessage,
  accountId: string,
): { document: CreateDocumentRequest; fileName: string | null; declaredMimeType: string | null } {
  const header = request.headers[DOCUMENT_METADATA_HEADER];
  if (typeof header !== 'string') throw new BadUpload(`missing ${DOCUMENT_METADATA_HEADER}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
  } catch {
    throw new BadUpload(`${DOCUMENT_METADATA_HEADER} is not base64url JSON`);
  }
  const {
    fileName = null,
    declaredMimeType = null,
    ...document
  } = parsed as CreateDocumentRequest & {
    fileName?: string | null;
    declaredMimeType?: string | null;
  };
  return { document: { ...document, accountId }, fileName, declaredMimeType };
}

async function route(deps: IdentityDeps, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://internal');
  const upload = UPLOAD.exec(url.pathname);
  if (upload && request.method === 'POST') {
    const { document, fileName, declaredMimeType } = uploadRequest(request, decodeURIComponent(upload[1]!));
    const bytes = await readBody(request, MAX_FILE_BYTES);
    const metadata = commandMetadataFromHeaders(request.headers, new Date());
    const view = await createDocument(deps, document, { bytes, fileName, declaredMimeType }, metadata);
    sendJson(response, 201, view);
    return;
  }
  const download = DOWNLOAD.exec(url.pathname);
  if (download && request.method === 'GET') {
    const file = await readDocumentFile(deps, {
      accountId: decodeURIComponent(download[1]!),
      assetId: decodeURIComponent(download[2]!),
    });
    response.writeHead(200, {
      'content-type': file.mimeType,
      'content-length': file.bytes.length,
      ...(file.fileName !== null && { 'x-file-name': encodeURIComponent(file.fileName) }),
      ...(file.sha256 !== null && { 'x-file-sha256': file.sha256 }),
    });
    response.end(file.bytes);
    return;
  }
  sendJson(response, 404, serviceError('NOT_FOUND', 404, 'no such internal route'));
}

/**
 * identity-assets' internal HTTP endpoint for document files (ADR 0007): the gateway streams uploads to it and reads
 * files back, because a 10 MiB file does not fit Kafka's default message size. Not part of the public API; bind it
 * to a private interface.
 */
export async function startInternalHttpServer(
  deps: IdentityDeps,
  port: number,
  host: string,
): Promise<Server & { url: string }> {
  const server = createServer((request, response) => {
    route(deps, request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      // An error before the body was read: drain it so the caller gets the answer, not a reset.
      request.resume();
      sendError(response, error);
    });
  });
  server.requestTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return Object.assign(server, { url: `http://${host}:${address.port}` });
}
