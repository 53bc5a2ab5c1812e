/**
 * Kafka headers of every request-reply message from the gateway (CONVENTIONS.md 9). The service copies them into
 * the metadata of the events it appends: correlationId as is, causationId = requestId, actor = principal id.
 */
export const REQUEST_HEADERS = {
  requestId: 'x-request-id',
  correlationId: 'x-correlation-id',
  actor: 'x-actor',
  accountId: 'x-account-id',
} as const;

export interface RequestContextHeaders {
  requestId: string;
  correlationId: string;
  actor: string;
  accountId: string | null;
}

export function toKafkaHeaders(context: RequestContextHeaders): Record<string, string> {
  const headers: Record<string, string> = {
    [REQUEST_HEADERS.requestId]: context.requestId,
    [REQUEST_HEADERS.correlationId]: context.correlationId,
    [REQUEST_HEADERS.actor]: context.actor,
  };
  if (context.accountId !== null) headers[REQUEST_HEADERS.accountId] = context.accountId;
  return headers;
}

type RawHeaders = Record<string, Buffer | string | (Buffer | string)[] | undefined> | undefined;

function header(headers: RawHeaders, name: string): string | undefined {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}

/** Reads the context back on the service side; `undefined` fields are left to the caller's defaults. */
export function fromKafkaHeaders(headers: RawHeaders): Partial<RequestContextHeaders> {
  const requestId = header(headers, REQUEST_HEADERS.requestId);
  const correlationId = header(headers, REQUEST_HEADERS.correlationId);
  const actor = header(headers, REQUEST_HEADERS.actor);
  const accountId = header(headers, REQUEST_HEADERS.accountId);
  return {
    ...(requestId !== undefined && { requestId }),
    ...(correlationId !== undefined && { correlationId }),
    ...(actor !== undefined && { actor }),
    ...(accountId !== undefined && { accountId }),
  };
}
