import { ValidationError } from '@compliance/event-sourcing';

export const MAX_NAME_LENGTH = 200;

/** The domain keeps its own invariant; the gateway's DTO validation is only the first line. */
export function assertValidName(name: string): void {
  if (name.trim().length === 0 || name.length > MAX_NAME_LENGTH) {
    throw new ValidationError([
      {
        field: 'name',
        code: 'INVALID',
        message: `name must be 1 to ${MAX_NAME_LENGTH} characters, not blank`,
      },
    ]);
  }
}
