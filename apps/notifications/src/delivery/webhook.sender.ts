import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { signWebhook } from '../domain/webhook-signature';
import type { SendResult } from './send-result';
import { isPrivateAddress, PrivateTargetError, publicOnlyLookup } from './target-guard';

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
}

export interface WebhookSenderOptions {
  /** Whole attempt: connect, send, answer and body. */
  readonly timeoutMs: number;
  /** Let webhooks reach loopback and private networks (tests, a local demo); off in production. */
  readonly allowPrivateTargets: boolean;
}

export interface WebhookSender {
  send(request: WebhookRequest): Promise<SendResult>;
  close(): void;
}

/**
 * Signed POSTs over keep-alive connections. Success is a 2xx within the timeout; redirects are not followed (a 3xx
 * is a failure), so a delivery only reaches the URL the customer gave, and unless allowed never a private address.
 */
export function createWebhookSender(options: WebhookSenderOptions): WebhookSender {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
  };
  return {
    send: (request) => post(request, options, agents),
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}

function post(
  request: WebhookRequest,
  options: WebhookSenderOptions,
  agents: { 'http:': http.Agent; 'https:': https.Agent },
): Promise<SendResult> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return Promise.resolve(failure('statusCallback is not a URL'));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.resolve(failure(`unsupported protocol ${url.protocol}`));
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!options.allowPrivateTargets && isIP(host) !== 0 && isPrivateAddress(host)) {
    return Promise.resolve(failure(new PrivateTargetError(host).message));
  }
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    let timedOut = false;
    const settle = (result: SendResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const req = transport.request(
      url,
      {
        method: 'POST',
        agent: agents[url.protocol as 'http:' | 'https:'],
        ...(options.allowPrivateTargets ? {} : { lookup: publicOnlyLookup }),
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(request.body),
          'User-Agent': 'compliance-notifications/1',
          [EVENT_ID_HEADER]: request.eventId,
          [SIGNATURE_HEADER]: signWebhook(request.secret, request.unixSeconds, request.body),
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const ok = status >= 200 && status < 300;
        const done = (): void => settle({ ok, statusCode: status, error: ok ? null : `HTTP ${status}` });
        let read = 0;
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) {
            res.destroy();
            done();
          }
        });
        res.on('end', done);
        res.on('error', () =>
          settle(timedOut ? timeout(options.timeoutMs) : failure('response interrupted')),
        );
      },
    );
    const timer = setTimeout(() => {
      timedOut = true;
      req.destroy();
      settle(timeout(options.timeoutMs));
    }, options.timeoutMs);
    req.on('error', (error: Error & { code?: string }) => {
      if (timedOut) settle(timeout(options.timeoutMs));
      else
        settle(
          failure(
            error.code && error.code !== 'EPRIVATETARGET' ? `${error.code}: ${error.message}` : error.message,
          ),
        );
    });
    req.end(request.body);
  });
}

function failure(error: string): SendResult {
  return { ok: false, statusCode: null, error };
}

function timeout(ms: number): SendResult {
  return failure(`timeout after ${ms} ms`);
}
