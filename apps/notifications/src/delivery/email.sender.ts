import { createTransport } from 'nodemailer';
import type { EmailMessage } from '../domain/bundle-notification';
import type { SendResult } from './send-result';

export interface EmailSender {
  send(to: string, eventId: string, message: EmailMessage): Promise<SendResult>;
  close(): void;
}

export interface SmtpOptions {
  /** `SMTP_URL`, e.g. `smtp://user:pass@mail.example.com:587` or `smtps://…`. */
  readonly url: string;
  readonly from: string;
  readonly timeoutMs: number;
}

/** nodemailer over one pooled SMTP connection set; a failure is a result, never a throw. */
export function createSmtpEmailSender(options: SmtpOptions): EmailSender {
  const transport = createTransport(
    {
      url: options.url,
      pool: true,
      maxConnections: 4,
      connectionTimeout: options.timeoutMs,
      greetingTimeout: options.timeoutMs,
      socketTimeout: options.timeoutMs,
    },
    { from: options.from },
  );
  return {
    async send(to, eventId, message) {
      try {
        await transport.sendMail({
          to,
          subject: message.subject,
          text: message.text,
          headers: { 'X-Compliance-Event-Id': eventId },
        });
        return { ok: true, statusCode: 250, error: null };
      } catch (error) {
        const responseCode = (error as { responseCode?: unknown }).responseCode;
        return {
          ok: false,
          statusCode: typeof responseCode === 'number' ? responseCode : null,
          error: error instanceof Error ? error.message : String(error),
        };
      }
    },
    close() {
      transport.close();
    },
  };
}
