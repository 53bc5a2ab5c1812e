import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhookSignature } from '../src/domain/webhook-signature';

const secret = 'whsec_test_secret';
const body = '{"eventId":"e1","status":"APPROVED"}';

describe('webhook signature', () => {
  it('is t=<seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>', () => {
    const expected = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');
    expect(signWebhook(secret, 1_700_000_000, body)).toBe(`t=1700000000,v1=${expected}`);
  });

  it('verifies what it signed within the tolerance', () => {
    const header = signWebhook(secret, 1_700_000_000, body);
    expect(verifyWebhookSignature(secret, header, body, 1_700_000_100)).toEqual({
      valid: true,
      timestamp: 1_700_000_000,
    });
  });

  it.each([
    ['another body', secret, body.replace('APPROVED', 'REJECTED'), 1_700_000_000, 'MISMATCH'],
    ['another secret', 'whsec_other', body, 1_700_000_000, 'MISMATCH'],
    ['an old timestamp', secret, body, 1_700_000_301, 'TIMESTAMP_OUT_OF_TOLERANCE'],
    ['a future timestamp', secret, body, 1_699_999_699, 'TIMESTAMP_OUT_OF_TOLERANCE'],
  ])('rejects %s', (_name, verifySecret, verifyBody, now, reason) => {
    const header = signWebhook(secret, 1_700_000_000, body);
    expect(verifyWebhookSignature(verifySecret, header, verifyBody, now)).toEqual({ valid: false, reason });
  });

  it('rejects a replayed signature moved to a fresh timestamp', () => {
    const header = signWebhook(secret, 1_700_000_000, body).replace('t=1700000000', 't=1700000500');
    expect(verifyWebhookSignature(secret, header, body, 1_700_000_500)).toEqual({
      valid: false,
      reason: 'MISMATCH',
    });
  });

  it.each(['', 'v1=abc', 't=1700000000', 't=abc,v1=00', 't=1,t=2,v1=00', 'garbage'])(
    'calls %j malformed',
    (header) => {
      expect(verifyWebhookSignature(secret, header, body, 1_700_000_000)).toEqual({
        valid: false,
        reason: 'MALFORMED',
      });
    },
  );
});
