import type { StoredResponse } from './idempotency.repository';

/** Thrown to answer with a stored response; the exception filter sends it as it was first sent. */
export class IdempotentReplay extends Error {
  constructor(readonly response: StoredResponse) {
    super('idempotent replay');
    this.name = 'IdempotentReplay';
  }
}
