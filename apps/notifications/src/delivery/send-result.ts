/** What one attempt on any channel came to; `statusCode` is the HTTP status or the SMTP reply code. */
export interface SendResult {
  readonly ok: boolean;
  readonly statusCode: number | null;
  readonly error: string | null;
}
