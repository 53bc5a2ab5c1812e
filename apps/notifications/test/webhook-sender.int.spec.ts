import { createHmac } from 'node:crypto';
import { createWebhookSender, type WebhookSender } from '../src/delivery/webhook.sender';
import { WebhookReceiver } from './support/webhook-receiver';

/** The HTTP side of one attempt against a real local server (no Kafka or database involved). */
describe('webhook sender', () => {
  let receiver: WebhookReceiver;
  let sender: WebhookSender;
  let guarded: WebhookSender;
  const request = (url: string, eventId = 'e-1') => ({
    url,
    eventId,
    body: JSON.stringify({ eventId, status: 'APPROVED' }),
    secret: 'whsec_sender',
    unixSeconds: 1_700_000_000,
  });

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    sender = createWebhookSender({ timeoutMs: 300, allowPrivateTargets: true });
    guarded = createWebhookSender({ timeoutMs: 300, allowPrivateTargets: false });
  });

  afterAll(async () => {
    sender.close();
    guarded.close();
    await receiver.close();
  });

  it('POSTs the body with the event id and signature headers; a 2xx is success', async () => {
    receiver.script = () => 204;
    expect(await sender.send(request(receiver.url, 'e-ok'))).toEqual({
      ok: true,
      statusCode: 204,
      error: null,
    });
    const got = receiver.received.find((r) => r.body.eventId === 'e-ok');
    expect(got?.rawBody).toBe('{"eventId":"e-ok","status":"APPROVED"}');
    expect(got?.headers['x-compliance-event-id']).toBe('e-ok');
    const hmac = createHmac('sha256', 'whsec_sender')
      .update(`1700000000.${got?.rawBody ?? ''}`)
      .digest('hex');
    expect(got?.headers['x-compliance-signature']).toBe(`t=1700000000,v1=${hmac}`);
  });

  it.each([
    [302, 'HTTP 302'],
    [404, 'HTTP 404'],
    [500, 'HTTP 500'],
  ])('fails on %i (redirects are not followed)', async (status, error) => {
    receiver.script = () => status;
    expect(await sender.send(request(receiver.url))).toEqual({ ok: false, statusCode: status, error });
  });

  it('fails on a receiver that does not answer within the timeout', async () => {
    receiver.script = () => 'HANG';
    expect(await sender.send(request(receiver.url))).toEqual({
      ok: false,
      statusCode: null,
      error: 'timeout after 300 ms',
    });
  });

  it('fails on a refused connection', async () => {
    const result = await sender.send(request('http://127.0.0.1:1/hooks'));
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/^ECONNREFUSED/);
  });

  it.each([
    'http://127.0.0.1:1/x',
    'http://[::1]:1/x',
    'http://169.254.169.254/latest/meta-data',
    'http://localhost:1/x',
  ])('never reaches a private address unless allowed: %s', async (url) => {
    const result = await guarded.send(request(url));
    expect(result).toEqual({
      ok: false,
      statusCode: null,
      error: expect.stringContaining('private') as string,
    });
  });

  it('refuses the local receiver by name and by address when private targets are not allowed', async () => {
    receiver.script = () => 200;
    const before = receiver.received.length;
    const byName = receiver.url.replace('127.0.0.1', 'localhost');
    expect((await guarded.send(request(byName))).ok).toBe(false);
    expect((await guarded.send(request(receiver.url))).ok).toBe(false);
    expect(receiver.received.length).toBe(before);
  });
});
