import type { EventStore } from '@compliance/event-store';
import type { CommandMetadata } from '@compliance/event-sourcing';
import { ValidationError } from '@compliance/event-sourcing';
import { isApiKeyHash, isUlid } from '@compliance/contracts';

export interface CommandDeps {
  store: EventStore;
}

export type { CommandMetadata };

export function assertCommandId(commandId: unknown): asserts commandId is string {
  if (typeof commandId !== 'string' || !isUlid(commandId)) {
    throw new ValidationError([{ field: 'commandId', code: 'INVALID', message: 'commandId must be a ULID' }]);
  }
}

export function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string') {
    throw new ValidationError([{ field, code: 'INVALID', message: `${field} must be a string` }]);
  }
  return value;
}

export function requireKeyHash(keyHash: unknown): string {
  if (!isApiKeyHash(keyHash)) {
    throw new ValidationError([
      { field: 'keyHash', code: 'INVALID', message: 'keyHash must be SHA-256 hex' },
    ]);
  }
  return keyHash;
}
