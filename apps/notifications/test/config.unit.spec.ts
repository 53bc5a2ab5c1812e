import { configFromEnv, DEFAULT_EMAIL_FROM } from '../src/config';
import { DEFAULT_RETRY_POLICY } from '../src/domain/retry-schedule';

describe('configuration from the environment', () => {
  it('starts with nothing but the defaults: e-mail off, private targets refused, the 72 h schedule', () => {
    expect(configFromEnv({})).toEqual({
      namespace: '',
      smtpUrl: null,
      emailFrom: DEFAULT_EMAIL_FROM,
      webhookTimeoutMs: 10_000,
      allowPrivateTargets: false,
      emailTimeoutMs: 30_000,
      concurrency: 16,
      retryPolicy: DEFAULT_RETRY_POLICY,
    });
  });

  it('treats an empty SMTP_URL as unset', () => {
    expect(configFromEnv({ SMTP_URL: '  ' }).smtpUrl).toBeNull();
    expect(configFromEnv({ SMTP_URL: 'smtp://mail:25' }).smtpUrl).toBe('smtp://mail:25');
  });

  it('refuses a retry window below the 24 h API.md promises', () => {
    expect(() => configFromEnv({ NOTIFICATIONS_RETRY_WINDOW_MS: String(23 * 3_600_000) })).toThrow(
      /at least/,
    );
    expect(
      configFromEnv({ NOTIFICATIONS_RETRY_WINDOW_MS: String(24 * 3_600_000) }).retryPolicy.retryWindowMs,
    ).toBe(24 * 3_600_000);
  });

  it.each(['0', '-5', '1.5', 'ten'])('refuses WEBHOOK_TIMEOUT_MS=%s', (value) => {
    expect(() => configFromEnv({ WEBHOOK_TIMEOUT_MS: value })).toThrow(
      /WEBHOOK_TIMEOUT_MS must be a positive integer/,
    );
  });

  it('allows private targets only for the exact value true', () => {
    expect(configFromEnv({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }).allowPrivateTargets).toBe(true);
    expect(configFromEnv({ WEBHOOK_ALLOW_PRIVATE_TARGETS: '1' }).allowPrivateTargets).toBe(false);
  });
});
