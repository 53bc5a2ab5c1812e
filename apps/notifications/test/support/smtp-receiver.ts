import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  readonly from: string;
  readonly to: readonly string[];
  readonly raw: string;
}

/**
 * A real SMTP server (smtp-server) on a free port, plain text, no auth. `refuseFirst` answers the first n
 * recipients with a temporary 451, as a greylisting server does.
 */
export class SmtpReceiver {
  readonly mails: ReceivedMail[] = [];
  private refused = 0;

  private constructor(
    private readonly server: SMTPServer,
    private readonly refuseFirst: number,
  ) {}

  static async start({ refuseFirst = 0 } = {}): Promise<SmtpReceiver> {
    let receiver: SmtpReceiver | null = null;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (receiver && receiver.refused < receiver.refuseFirst) {
          receiver.refused += 1;
          const error = Object.assign(new Error('Greylisted, try again later'), { responseCode: 451 });
          callback(error);
          return;
        }
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          receiver?.mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    receiver = new SmtpReceiver(server, refuseFirst);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    const { port } = (this.server.server as unknown as { address(): AddressInfo }).address();
    return `smtp://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
