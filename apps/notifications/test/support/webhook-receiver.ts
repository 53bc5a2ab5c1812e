import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: string;
  readonly body: Record<string, unknown>;
  /** What the receiver answered: a status, or 'HANG' (no answer: the sender's timeout). */
  readonly answer: number | 'HANG';
}

/** How the receiver answers one request; `undefined` from the script means 200. */
export type Answer = number | 'HANG';
export type AnswerScript = (request: { body: Record<string, unknown>; seen: number }) => Answer | undefined;

/**
 * A real HTTP server standing in for a customer's webhook endpoint. `script` decides each answer from the body and
 * how many times this event id was seen before (0 on the first request). Requests are kept in arrival order.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly seen = new Map<string, number>();
  private readonly hanging = new Set<ServerResponse>();

  private constructor(
    private readonly server: Server,
    public script: AnswerScript,
    private readonly delayMs: number,
  ) {}

  static async start(script: AnswerScript = () => 200, delayMs = 0): Promise<WebhookReceiver> {
    const server = createServer();
    const receiver = new WebhookReceiver(server, script, delayMs);
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const rawBody = Buffer.concat(chunks).toString('utf8');
        let body: Record<string, unknown> = {};
        try {
          body = JSON.parse(rawBody) as Record<string, unknown>;
        } catch {
          // kept as received; the test sees an empty body
        }
        const key = String(body.eventId);
        const seen = receiver.seen.get(key) ?? 0;
        receiver.seen.set(key, seen + 1);
        const answer = receiver.script({ body, seen }) ?? 200;
        receiver.received.push({ path: req.url ?? '', headers: req.headers, rawBody, body, answer });
        if (answer === 'HANG') {
          receiver.hanging.add(res);
          return;
        }
        setTimeout(() => res.writeHead(answer, { 'Content-Type': 'text/plain' }).end('ok'), receiver.delayMs);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  /** Requests for one bundle, in arrival order. */
  forBundle(bundleId: string): ReceivedWebhook[] {
    return this.received.filter((r) => r.body.bundleId === bundleId);
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
