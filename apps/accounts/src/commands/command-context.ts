import type { EventStore } from '@compliance/event-store';
import type { CommandMetadata } from '@compliance/event-sourcing';
import { ValidationError } from '@compliance/event-sourcing';
import { isUlid } from '@compliance/contracts';
import type { ApiKeyFactory } from '../api-key/api-key-factory';

export interface CommandDeps {
  store: EventStore;
  keys: ApiKeyFactory;
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
