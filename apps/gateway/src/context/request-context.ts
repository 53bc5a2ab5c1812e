import { AsyncLocalStorage } from 'node:async_hooks';
import { ulid } from 'ulid';
import type { Principal } from '../auth/principal';

export interface RequestContext {
  requestId: string;
  correlationId: string;
  principal?: Principal;
}

export const REQUEST_ID_HEADER = 'x-request-id';
export const CORRELATION_ID_HEADER = 'x-correlation-id';

const storage = new AsyncLocalStorage<RequestContext>();

/** Ids a client sends are kept only when they are short and printable; anything else is replaced. */
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function newRequestId(): string {
  return `req_${ulid()}`;
}

/** The ids of a new request from its headers: given ones when acceptable, else generated (correlation = request id). */
export function requestContextFromHeaders(
  headers: Readonly<Record<string, string | string[] | undefined>>,
): RequestContext {
  const given = (name: string): string | undefined => {
    const value = headers[name];
    const first = Array.isArray(value) ? value[0] : value;
    return first !== undefined && ACCEPTED_ID.test(first) ? first : undefined;
  };
  const requestId = given(REQUEST_ID_HEADER) ?? newRequestId();
  return { requestId, correlationId: given(CORRELATION_ID_HEADER) ?? requestId };
}

export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

/** The context of the HTTP request being handled, or undefined outside of one. */
export function findRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

/**
 * The context of the HTTP request being handled. Outside of a request (startup, background consumers) a fresh
 * context with new ids, so callers always have ids to put into Kafka headers.
 */
export function currentRequestContext(): RequestContext {
  return storage.getStore() ?? requestContextFromHeaders({});
}
