import type { ReadableStream } from 'node:stream/web';
import { signWebhook } from '../domain/webhook-signature';
import type { SendResult } from './send-result';

export const EVENT_ID_HEADER = 'X-Compliance-Event-Id';
export const SIGNATURE_HEADER = 'X-Compliance-Signature';

/** More of a response body than this is not read: a receiver cannot hold a worker by streaming. */
const MAX_RESPONSE_BYTES = 64 * 1024;

export interface WebhookRequest {
  readonly url: string;
  readonly eventId: string;
  readonly body: string;
  readonly secret: string;
  readonly unixSeconds: number;
  readonly timeoutMs: number;
}

/**
 * One signed POST. Success is a 2xx within the timeout; redirects are not followed (a 3xx is a failure), so a
 * delivery only ever reaches the URL the customer gave.
 */
export async function postWebhook(request: WebhookRequest): Promise<SendResult> {
  const signal = AbortSignal.timeout(request.timeoutMs);
  try {
    const response = await fetch(request.url, {
      method: 'POST',
      redirect: 'manual',
      signal,
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'compliance-notifications/1',
        [EVENT_ID_HEADER]: request.eventId,
        [SIGNATURE_HEADER]: signWebhook(request.secret, request.unixSeconds, request.body),
      },
      body: request.body,
    });
    await drain(response);
    const ok = response.status >= 200 && response.status < 300;
    return { ok, statusCode: response.status, error: ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    if (signal.aborted)
      return { ok: false, statusCode: null, error: `timeout after ${request.timeoutMs} ms` };
    return { ok: false, statusCode: null, error: describeFetchError(error) };
  }
}

async function drain(response: Response): Promise<void> {
  if (!response.body) return;
  let read = 0;
  // Leaving the loop early cancels the stream.
  for await (const chunk of response.body as unknown as ReadableStream<Uint8Array>) {
    read += chunk.byteLength;
    if (read > MAX_RESPONSE_BYTES) return;
  }
}

function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${cause.message}` : cause.message;
  }
  return error.message;
}
