import { Readable } from 'node:stream';
import { isServiceErrorReply, toKafkaHeaders, type DocumentView } from '@compliance/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { currentRequestContext } from '../context/request-context';
import { ApiProblem } from '../errors/api-problem';
import { dependencyUnavailable } from '../messaging/kafka-request-client';
import { IDENTITY_GATEWAY_OPTIONS, type IdentityGatewayOptions } from './identity-gateway.options';

export const DOCUMENT_METADATA_HEADER = 'x-identity-document';

export interface DocumentFileStream {
  body: Readable;
  mimeType: string;
  size: number;
  fileName: string | null;
  sha256: string | null;
}

/**
 * Document files to and from identity-assets over its internal HTTP endpoint (ADR 0007: a 10 MiB file does not fit
 * Kafka's default message size). Same request context headers as the Kafka requests.
 */
@Injectable()
export class IdentityFilesClient {
  constructor(@Inject(IDENTITY_GATEWAY_OPTIONS) private readonly options: IdentityGatewayOptions) {}

  async upload(accountId: string, metadata: object, bytes: Buffer): Promise<DocumentView> {
    const response = await this.call(`/internal/v1/accounts/${encodeURIComponent(accountId)}/documents`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        [DOCUMENT_METADATA_HEADER]: Buffer.from(JSON.stringify(metadata), 'utf8').toString('base64url'),
      },
      body: bytes,
    });
    return (await this.json(response)) as DocumentView;
  }

  async download(accountId: string, documentId: string): Promise<DocumentFileStream> {
    const response = await this.call(
      `/internal/v1/accounts/${encodeURIComponent(accountId)}/documents/${encodeURIComponent(documentId)}/file`,
      { method: 'GET' },
    );
    if (response.status !== 200 || !response.body) {
      await this.json(response);
      throw new Error(`identity-assets answered ${response.status} without a file`);
    }
    const name = response.headers.get('x-file-name');
    return {
      body: Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>),
      mimeType: response.headers.get('content-type') ?? 'application/octet-stream',
      size: Number(response.headers.get('content-length') ?? 0),
      fileName: name === null ? null : decodeURIComponent(name),
      sha256: response.headers.get('x-file-sha256'),
    };
  }

  private async call(path: string, init: RequestInit): Promise<Response> {
    const context = currentRequestContext();
    const headers = {
      ...(init.headers as Record<string, string> | undefined),
      ...toKafkaHeaders({
        requestId: context.requestId,
        correlationId: context.correlationId,
        actor: context.principal?.principalId ?? 'anonymous',
        accountId: context.principal?.accountId ?? null,
      }),
    };
    try {
      return await fetch(`${this.options.filesUrl}${path}`, {
        ...init,
        headers,
        signal: AbortSignal.timeout(this.options.attemptTimeoutMs * this.options.attempts * 2),
      });
    } catch {
      throw dependencyUnavailable('the identity service cannot be reached; nothing was written, retry');
    }
  }

  private async json(response: Response): Promise<unknown> {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw dependencyUnavailable('the identity service answered something unreadable; retry');
    }
    if (isServiceErrorReply(body)) {
      const { status, code, detail, errors } = body.error;
      throw new ApiProblem(status, code, detail, errors);
    }
    if (!response.ok) throw dependencyUnavailable('the identity service failed; retry');
    return body;
  }
}
